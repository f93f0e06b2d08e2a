// unpyramid-fixture: runnable
// In an ES module the promise form is imported; a name already taken gets a free variant.
import fs from 'node:fs';

import { setTimeout as delay2 } from 'node:timers/promises';

const delay = 'taken';

async function later(path) {
  const stats = await fs.promises.stat(path);
  await delay2(10);
  console.log(delay, stats.isFile());
}

later(new URL(import.meta.url).pathname);
console.log('first');
