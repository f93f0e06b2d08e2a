// unpyramid-fixture: skip not-error-first
const fs = require('fs');

function check(cb) {
  fs.exists('./x.txt', (exists) => {
    cb(exists);
  });
}
module.exports = check;
