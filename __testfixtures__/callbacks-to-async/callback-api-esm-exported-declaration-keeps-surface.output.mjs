// unpyramid-fixture: runnable
// `export function isFile(p, cb)`: every caller in this file converts, but other modules import it
// and pass a callback, so it keeps that surface. Here the module imports itself to be such a caller.
import fs from 'node:fs';

import { callbackify } from 'node:util';

export function isFile(p, cb) {
  callbackify(isFileAsync)(p, cb);
}

async function isFileAsync(p) {
  const stats = await fs.promises.stat(p);
  return stats.isFile();
}

export async function report(p) {
  let yes;
  try {
    yes = await isFileAsync(p);
  } catch (err) {
    return console.log('report:', p, err.code);
  }
  console.log('report:', p, yes);
}

fs.writeFileSync('plain.txt', 'x');
report('plain.txt');
const self = await import(import.meta.url);
self.isFile('.', (err, yes) => console.log('callback caller:', err, yes, self.isFile.length));
