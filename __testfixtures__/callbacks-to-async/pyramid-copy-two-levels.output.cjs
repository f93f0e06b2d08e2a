// unpyramid-fixture: runnable
'use strict';
const fs = require('node:fs');
const path = require('node:path');

async function copyFile(from, to) {
  const data = await fs.promises.readFile(path.resolve(from));
  // keep the bytes as they are
  await fs.promises.writeFile(path.resolve(to), data);
  return data.length;
}

fs.writeFileSync('a.txt', 'abcdef');
void (async () => {
  let err = null, n;
  try {
    n = await copyFile('a.txt', 'b.txt');
  } catch (caught) {
    err = caught;
  }
  console.log('copied', err, n, fs.readFileSync('b.txt', 'utf8'));
  let err2 = null;
  try {
    await copyFile('nope.txt', 'c.txt');
  } catch (caught) {
    err2 = caught;
  }
  console.log('failed with', err2.code, fs.existsSync('c.txt'));
})();
