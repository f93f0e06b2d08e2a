// unpyramid-fixture: runnable
// An exported named function expression that calls itself: its own name means it only inside it, so
// no twin beside it could take its body. It keeps its callback surface, the body in an async arrow
// handed to callbackify, and the recursive call awaits promisify(size) of that surface: a callback API
// that calls back once and later, never an async function whose promise promisify would ignore.
const fs = require('fs');
const path = require('path');

module.exports = function size(file, cb) {
  fs.stat(file, function (err, stat) {
    if (err) return cb(err);
    if (!stat.isDirectory()) return cb(null, 1);
    size(path.join(file, 'missing.txt'), function (err, inner) {
      if (err) return cb(null, 1);
      cb(null, 1 + inner);
    });
  });
};

module.exports(__dirname, function (err, n) {
  console.log(err, n);
});
