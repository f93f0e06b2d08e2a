// unpyramid-fixture: runnable
// unpyramid-fixture: skip exported-function-keeps-callback
// The recursive call would await promisify(size), and size itself would become async with its callback
// kept: promisify ignores the promise an async function returns, so a throw in it would leave the outer
// call waiting for ever (callbacks-to-then refuses them for that: enclosing-function-is-promisified).
// Here size is exported too, which refuses its sites first; with them refused, nothing promisifies it.
// Both sites are left as they are.
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
