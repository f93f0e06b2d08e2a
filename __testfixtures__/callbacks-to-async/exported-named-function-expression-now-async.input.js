// unpyramid-fixture: runnable
// unpyramid-fixture: risk exported-function-now-async
// A named function expression given to module.exports: nothing here names it, but other modules call
// it, so its new promise is reported (its own name is seen only inside it).
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
