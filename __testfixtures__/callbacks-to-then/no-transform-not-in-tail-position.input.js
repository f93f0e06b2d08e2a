// unpyramid-fixture: skip not-in-tail-position
const fs = require('fs');

function touch(cb) {
  fs.writeFile('stamp.txt', 'now', (err) => {
    if (err) return cb(err);
    cb(null);
  });
  console.log('this runs before the write finishes');
}
module.exports = touch;
