// unpyramid-fixture: skip path-may-be-fd
const fs = require('fs');

// `file` could be a numeric file descriptor, which fs.promises.readFile rejects.
function read(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
}
module.exports = read;
