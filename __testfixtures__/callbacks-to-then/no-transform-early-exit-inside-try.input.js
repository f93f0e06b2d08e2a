// unpyramid-fixture: runnable
// unpyramid-fixture: skip chain-early-exit-in-try
// An early return inside a try before the call: written as `return Promise.resolve(...)` it would be
// caught by that try differently, so the function is left as it was.
const fs = require('fs');

function sizeOf(file, cb) {
  try {
    if (file === '') return cb(null, 0);
  } finally {
    console.log('checked', JSON.stringify(file));
  }
  fs.stat(file, function (err, stats) {
    if (err) return cb(err);
    cb(null, stats.size);
  });
}

function show(file) {
  sizeOf(file, function (err, size) {
    console.log(file, err ? err.code : size);
  });
}

fs.writeFileSync('a.txt', 'abc');
show('a.txt');
show('');
