const fs = require('fs');

// `fs` here is a parameter (a mock, perhaps), not the core module: its readFile is called through
// promisify, on trust, never through the fs.promises twin.
function read(fs, cb) {
  fs.readFile('./x.txt', (err, data) => {
    if (err) return cb(err);
    cb(null, data);
  });
}
module.exports = { read, fs };
