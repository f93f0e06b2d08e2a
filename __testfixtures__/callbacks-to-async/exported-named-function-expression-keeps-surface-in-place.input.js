// unpyramid-fixture: runnable
// A named function expression given to module.exports: nothing here names it (its own name is seen only
// inside it), but other modules call it with a callback, so it is not made async with it: it keeps its
// callback surface, its body in an async arrow handed to callbackify.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function save(file, data, cb) {
  fs.writeFile(file, data, function (err) {
    if (err) return cb(err);
    cb(null, path.basename(file));
  });
};

module.exports(path.join(os.tmpdir(), 'unpyramid-save-fixture.txt'), 'x', function (err, name) {
  console.log(err ? err.code : name);
  module.exports(path.join(os.tmpdir(), 'unpyramid-no-such-dir', 'a.txt'), 'x', function (err) {
    console.log(err.code);
  });
});
