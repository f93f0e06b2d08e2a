// unpyramid-fixture: skip enclosing-function-returns-value
const fs = require('fs');

function remove(file, cb) {
  if (!file) return false;
  fs.unlink('./' + file, (err) => {
    if (err) return cb(err);
    cb(null);
  });
}
module.exports = remove;
