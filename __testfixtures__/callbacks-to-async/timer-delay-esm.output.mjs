// unpyramid-fixture: runnable
// In an ES module too the delay is a promise around the global timer: nothing is imported, and the
// file's own `delay` is left alone.
import fs from 'node:fs';

const delay = 'taken';

async function later(path) {
  const stats = await fs.promises.stat(path);
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log(delay, stats.isFile());
}

later(new URL(import.meta.url).pathname);
console.log('first');
