// unpyramid-fixture: runnable
// A TypeScript fan-out: the typed collection and callback stay, the catch parameter is typed.
import * as fs from 'fs';

function lengths(files: string[], cb: (err: Error | null, out?: number[]) => void): void {
  const out: number[] = [];
  let pending = files.length;
  if (pending === 0) return cb(null, out);
  files.forEach((file, i) => {
    fs.readFile(file, (err, buf) => {
      if (err) return cb(err);
      out[i] = buf.length;
      if (--pending === 0) cb(null, out);
    });
  });
}

fs.writeFileSync('p.txt', 'four');
fs.writeFileSync('q.txt', 'seven b');
lengths(['q.txt', 'p.txt'], (err, out) => console.log('lengths:', err, out));
lengths(['p.txt', 'none.txt'], (err) => console.log('error:', err && 'code' in err ? err.code : err));
