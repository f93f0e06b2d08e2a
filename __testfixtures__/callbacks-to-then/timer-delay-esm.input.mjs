// unpyramid-fixture: runnable
// In an ES module the promise form is imported; a name already taken gets a free variant.
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
