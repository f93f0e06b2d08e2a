// unpyramid-fixture: runnable
// A callback-API arrow function with an early `return cb(null, x)` and a final `cb()`.
const fs = require('fs');

const sizeOrNothing = (file) => {
  return fs.promises.stat(file).then((stats) => {
    if (stats.size > 0) return stats.size;
  });
};

function report(file) {
  return sizeOrNothing(file).then((size) => {
    console.log(file, size === undefined ? 'empty' : 'non-empty');
  }, (err) => {
    console.log(file, 'failed:', err.code);
  });
}

fs.writeFileSync('empty.txt', '');
report('empty.txt');
