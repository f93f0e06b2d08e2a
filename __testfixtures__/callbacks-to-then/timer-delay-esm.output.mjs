// unpyramid-fixture: runnable
// In an ES module too the delay is a promise around the global timer: nothing is imported, and the
// file's own `delay` is left alone.
import fs from 'node:fs';

const delay = 'taken';

function later(path) {
  let stats;
  return fs.promises.stat(path).then((result) => {
    stats = result;
    return new Promise((resolve) => setTimeout(resolve, 10));
  }).then(() => {
    console.log(delay, stats.isFile());
  });
}

later(new URL(import.meta.url).pathname);
console.log('first');
