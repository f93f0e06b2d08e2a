// unpyramid-fixture: runnable
// In an ES module the promise form is imported; a name already taken gets a free variant.
import fs from 'node:fs';

import { setTimeout as delay2 } from 'node:timers/promises';

const delay = 'taken';

function later(path) {
  let stats;
  return fs.promises.stat(path).then((result) => {
    stats = result;
    return delay2(10);
  }).then(() => {
    console.log(delay, stats.isFile());
  });
}

later(new URL(import.meta.url).pathname);
console.log('first');
