// unpyramid-fixture: skip callback-uses-this
const fs = require('fs');

function load(cb) {
  fs.readFile('a.txt', function (err, data) {
    if (err) return cb(err);
    cb.call(this, null, data);
  });
}
module.exports = load;
