// unpyramid-fixture: runnable
// The async twin of a callback surface returns a promise of what the callback's type says it passes:
// inferred, `[st.size, p]` would widen to `(string | number)[]`, and `tsc --strict` would reject the
// callbackify call (the callback takes a `[number, string]`).
import * as fs from 'fs';

import { callbackify } from 'util';

export function sizeOf(p: string, cb: (err: Error | null, v?: [number, string]) => void): void {
  callbackify(sizeOfAsync)(p, cb);
}

async function sizeOfAsync(p: string): Promise<[number, string] | undefined> {
  const st = await fs.promises.stat(p);
  return [st.size, p];
}

fs.writeFileSync('data.txt', 'four');
void (async () => {
  let err: any = null, v: any;
  try {
    v = await sizeOfAsync('data.txt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, v);
})();
