// unpyramid-fixture: runnable
// An exported TypeScript callback-API function: the wrapper keeps the typed signature callers see,
// and the async function keeps the parameter types.
import * as fs from 'fs';

import { callbackify } from 'util';

export function sizeOf(file: string, cb: (err: Error | null, size?: number) => void): void {
  callbackify(sizeOfAsync)(file, cb);
}

async function sizeOfAsync(file: string): Promise<number | undefined> {
  const stats = await fs.promises.stat(file);
  return stats.size;
}

fs.writeFileSync('sized.txt', 'seven b');
const show = (err: Error | null, size?: number) => console.log(err ? 'error' : 'size', size);
void (async () => {
  let err: any = null, size: any;
  try {
    size = await sizeOfAsync('sized.txt');
  } catch (caught) {
    err = caught;
  }
  show(err, size);
  sizeOf('nothing.txt', show);
})();
