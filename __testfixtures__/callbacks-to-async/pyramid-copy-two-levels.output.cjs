// unpyramid-fixture: runnable
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const { callbackify } = require('node:util');

function copyFile(from, to, done) {
  callbackify(copyFileAsync)(from, to, done);
}

async function copyFileAsync(from, to) {
  const data = await fs.promises.readFile(path.resolve(from));
  // keep the bytes as they are
  await fs.promises.writeFile(path.resolve(to), data);
  return data.length;
}

fs.writeFileSync('a.txt', 'abcdef');
void (async () => {
  let err = null, n;
  try {
    n = await copyFileAsync('a.txt', 'b.txt');
  } catch (caught) {
    err = caught;
  }
  console.log('copied', err, n, fs.readFileSync('b.txt', 'utf8'));
  copyFile('nope.txt', 'c.txt', (err2) => console.log('failed with', err2.code, fs.existsSync('c.txt')));
})();
