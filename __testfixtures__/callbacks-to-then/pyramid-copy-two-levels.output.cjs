// unpyramid-fixture: runnable
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function copyFile(from, to) {
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
  let err2;
  let err = null, n;
  return copyFile('a.txt', 'b.txt').then((result) => {
    n = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('copied', err, n, fs.readFileSync('b.txt', 'utf8'));
    err2 = null;
    return copyFile('nope.txt', 'c.txt').catch((caught) => {
      err2 = caught;
    });
  }).then(() => {
    console.log('failed with', err2.code, fs.existsSync('c.txt'));
  });
})();
