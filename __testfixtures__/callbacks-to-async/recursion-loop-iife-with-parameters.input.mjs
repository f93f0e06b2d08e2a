// unpyramid-fixture: runnable
// The step as a named function expression called on the spot, carrying its state in parameters: they
// become variables before the loop, and each next call assigns them all at once.
import fs from 'node:fs';

export function totalLength(files, cb) {
  (function step(index, total) {
    if (index >= files.length) return cb(null, total);
    fs.readFile(files[index], 'utf8', function (err, text) {
      if (err) return cb(err);
      step(index + 1, total + text.length);
    });
  })(0, 0);
}

fs.writeFileSync('a.txt', 'four');
fs.writeFileSync('b.txt', 'seven b');
totalLength(['a.txt', 'b.txt', 'a.txt'], (err, total) => {
  console.log('total:', err, total);
  totalLength(['a.txt', 'none.txt'], (err) => console.log('error:', err.code));
});
