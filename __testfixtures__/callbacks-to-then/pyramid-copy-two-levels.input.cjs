// unpyramid-fixture: runnable
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function copyFile(from, to, done) {
  fs.readFile(path.resolve(from), (err, data) => {
    if (err) return done(err);
    // keep the bytes as they are
    fs.writeFile(path.resolve(to), data, (err) => {
      if (err) return done(err);
      done(null, data.length);
    });
  });
}

fs.writeFileSync('a.txt', 'abcdef');
copyFile('a.txt', 'b.txt', (err, n) => {
  console.log('copied', err, n, fs.readFileSync('b.txt', 'utf8'));
  copyFile('nope.txt', 'c.txt', (err2) => console.log('failed with', err2.code, fs.existsSync('c.txt')));
});
