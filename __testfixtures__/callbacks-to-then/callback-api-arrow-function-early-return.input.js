// unpyramid-fixture: runnable
// A callback-API arrow function with an early `return cb(null, x)` and a final `cb()`.
const fs = require('fs');

const sizeOrNothing = (file, cb) => {
  fs.stat(file, (err, stats) => {
    if (err) return cb(err);
    if (stats.size > 0) return cb(null, stats.size);
    cb();
  });
};

function report(file) {
  sizeOrNothing(file, (err, size) => {
    if (err) {
      console.log(file, 'failed:', err.code);
      return;
    }
    console.log(file, size === undefined ? 'empty' : 'non-empty');
  });
}

fs.writeFileSync('empty.txt', '');
report('empty.txt');
