// unpyramid-fixture: runnable
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { callbackify } = require('node:util');

function copyFile(from, to, done) {
  callbackify(copyFileAsync)(from, to, done);
}

function copyFileAsync(from, to) {
  let data;
  return fs.promises.readFile(path.resolve(from)).then((result) => {
    data = result;
    // keep the bytes as they are
    return fs.promises.writeFile(path.resolve(to), data);
  }).then(() => {
    return data.length;
  });
}

fs.writeFileSync('a.txt', 'abcdef');
void (() => {
  let err = null, n;
  return copyFileAsync('a.txt', 'b.txt').then((result) => {
    n = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('copied', err, n, fs.readFileSync('b.txt', 'utf8'));
    copyFile('nope.txt', 'c.txt', (err2) => console.log('failed with', err2.code, fs.existsSync('c.txt')));
  });
})();
