// unpyramid-fixture: runnable
import fs from 'node:fs';
import path from 'node:path';

import { promisify, callbackify } from 'node:util';

export function readBoth(a, b, done) {
  callbackify(readBothAsync)(a, b, done);
}

async function readBothAsync(a, b) {
  const first = await promisify(fs.readFile)(a, 'utf8');
  const second = await promisify(fs.readFile)(b, 'utf8');
  return first + path.sep.length + second;
}

fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'B');
void (async () => {
  let err = null, text;
  try {
    text = await readBothAsync('a.txt', 'b.txt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, text);
})();
