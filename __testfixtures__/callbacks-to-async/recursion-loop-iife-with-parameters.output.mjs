// unpyramid-fixture: runnable
// The step as a named function expression called on the spot, carrying its state in parameters: they
// become variables before the loop, and each next call assigns them all at once.
import fs from 'node:fs';

import { promisify } from 'node:util';

export async function totalLength(files, cb) {
  let index = 0, total = 0;

  while (true) {
    if (index >= files.length) return cb(null, total);
    let text;
    try {
      text = await promisify(fs.readFile)(files[index], 'utf8');
    } catch (err) {
      return cb(err);
    }
    const nextIndex = index + 1, nextTotal = total + text.length;
    index = nextIndex;
    total = nextTotal;
  }
}

fs.writeFileSync('a.txt', 'four');
fs.writeFileSync('b.txt', 'seven b');
totalLength(['a.txt', 'b.txt', 'a.txt'], (err, total) => {
  console.log('total:', err, total);
  totalLength(['a.txt', 'none.txt'], (err) => console.log('error:', err.code));
});
