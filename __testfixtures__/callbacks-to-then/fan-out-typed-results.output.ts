// unpyramid-fixture: runnable
// A TypeScript fan-out: the typed collection and callback stay, the catch parameter is typed.
import * as fs from 'fs';

import { promisify } from 'util';

function lengths(files: string[], cb: (err: Error | null, out?: number[]) => void): Promise<void> {
  const out: number[] = [];
  if (files.length === 0) return Promise.resolve(cb(null, out));
  return Promise.all(files.map((file, i) => {
    return promisify(fs.readFile)(file).then((buf) => {
      out[i] = buf.length;
    });
  })).then(() => {
    cb(null, out);
  }, (err: any) => {
    return cb(err);
  });
}

fs.writeFileSync('p.txt', 'four');
fs.writeFileSync('q.txt', 'seven b');
lengths(['q.txt', 'p.txt'], (err, out) => console.log('lengths:', err, out));
lengths(['p.txt', 'none.txt'], (err) => console.log('error:', err && 'code' in err ? err.code : err));
