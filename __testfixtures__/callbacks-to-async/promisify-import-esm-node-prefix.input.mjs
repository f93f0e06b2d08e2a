// unpyramid-fixture: runnable
import fs from 'node:fs';
import path from 'node:path';

export function readBoth(a, b, done) {
  fs.readFile(a, 'utf8', (err, first) => {
    if (err) return done(err);
    fs.readFile(b, 'utf8', (err, second) => {
      if (err) return done(err);
      done(null, first + path.sep.length + second);
    });
  });
}

fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'B');
readBoth('a.txt', 'b.txt', (err, text) => console.log(err, text));
