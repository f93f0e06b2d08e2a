// unpyramid-fixture: runnable
// A TypeScript fan-out: the typed collection and callback stay, the catch parameter is typed.
import * as fs from 'fs';

import { promisify } from 'util';

async function lengths(files: string[], cb: (err: Error | null, out?: number[]) => void): Promise<void> {
  const out: number[] = [];
  if (files.length === 0) return cb(null, out);
  try {
    await Promise.all(files.map(async (file, i) => {
      const buf = await promisify(fs.readFile)(file);
      out[i] = buf.length;
    }));
  } catch (err: any) {
    return cb(err);
  }
  cb(null, out);
}

fs.writeFileSync('p.txt', 'four');
fs.writeFileSync('q.txt', 'seven b');
lengths(['q.txt', 'p.txt'], (err, out) => console.log('lengths:', err, out));
lengths(['p.txt', 'none.txt'], (err) => console.log('error:', err && 'code' in err ? err.code : err));
