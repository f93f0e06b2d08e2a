// unpyramid-fixture: runnable
// An ES module's exported callback-API function with no caller in the file: it becomes
// `async function copyFileAsync(...)`, and the export keeps its callback surface through
// util.callbackify.
import fs from 'node:fs';

import { promisify, callbackify } from 'node:util';

export function copyFile(from, to, done) {
  callbackify(copyFileAsync)(from, to, done);
}

async function copyFileAsync(from, to) {
  const data = await promisify(fs.readFile)(from);
  await promisify(fs.writeFile)(to, data);
  return data.length;
}

fs.writeFileSync('from.txt', 'twelve bytes');
copyFile('from.txt', 'to.txt', function report(err, size) {
  console.log('copied', err, size, fs.readFileSync('to.txt', 'utf8'));
  void (async () => {
    let err = null;
    try {
      await copyFileAsync('missing.txt', 'to.txt');
    } catch (caught) {
      err = caught;
    }
    console.log('missing:', err.code);
  })();
});
console.log('started');
