// unpyramid-fixture: runnable
// Expressions the conversion does not touch are printed as written, without parentheses JavaScript
// does not need (a spread of a conditional, `await` under `!` or `||`), though the file changes.
import fs from 'node:fs';

import { callbackify } from 'node:util';

const flags = (on) => [...on ? ['on'] : [], ...on && ['and'] || []];

async function ready(check) {
  return !await check() || await check();
}

function size(file, cb) {
  callbackify(sizeAsync)(file, cb);
}

async function sizeAsync(file) {
  const stats = await fs.promises.stat(file);
  return stats.size > 0;
}

console.log(flags(true), flags(false), await ready(async () => false));
size('.', (err, big) => console.log(err, big));
