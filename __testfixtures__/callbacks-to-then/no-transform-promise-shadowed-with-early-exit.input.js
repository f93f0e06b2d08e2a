// unpyramid-fixture: runnable
// unpyramid-fixture: skip helper-name-shadowed
// The file has a `Promise` of its own: an early exit cannot be written as `Promise.reject(...)`.
const fs = require('fs');
const Promise = { note: 'not the global one' };

function sizeOf(file, cb) {
  if (!file) return cb(new Error('no file'));
  fs.stat(file, function (err, stats) {
    if (err) return cb(err);
    cb(null, stats.size);
  });
}

function show(file) {
  sizeOf(file, function (err, size) {
    console.log(file, err ? err.message : size, Promise.note);
  });
}

fs.writeFileSync('a.txt', 'abc');
show('a.txt');
show('');
