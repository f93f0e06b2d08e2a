// unpyramid-fixture: runnable
// TypeScript: a callback typed by name (fs.NoParamCallback) leaves the twin's return type to inference,
// and a `this:` parameter in a callback's type is no argument: the value is the one after the error.
import * as fs from 'fs';

import { callbackify } from 'util';

export function touch(p: string, cb: fs.NoParamCallback): void {
  callbackify(touchAsync)(p, cb);
}

async function touchAsync(p: string) {
  await fs.promises.writeFile(p, 'x');
}

export function size(p: string, cb: (this: void, err: Error | null, n?: number) => void): void {
  callbackify(sizeAsync)(p, cb);
}

async function sizeAsync(p: string): Promise<number | undefined> {
  const st = await fs.promises.stat(p);
  return st.size;
}

void (async () => {
  let err: any = null;
  try {
    await touchAsync('t.txt');
  } catch (caught) {
    err = caught;
  }
  let err2: any = null, n: any;
  try {
    n = await sizeAsync('t.txt');
  } catch (caught) {
    err2 = caught;
  }
  console.log(err, err2, n);
})();
