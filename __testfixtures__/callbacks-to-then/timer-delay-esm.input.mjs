// unpyramid-fixture: runnable
// In an ES module too the delay is a promise around the global timer: nothing is imported, and the
// file's own `delay` is left alone.
import fs from 'node:fs';

const delay = 'taken';

function later(path) {
  fs.stat(path, (err, stats) => {
    if (err) throw err;
    setTimeout(function () {
      console.log(delay, stats.isFile());
    }, 10);
  });
}

later(new URL(import.meta.url).pathname);
console.log('first');
