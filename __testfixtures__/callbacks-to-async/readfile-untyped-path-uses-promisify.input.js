// unpyramid-fixture: runnable
const fs = require('fs');

// `file` could be a numeric file descriptor, which fs.promises.readFile rejects.
function read(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
}

const fd = fs.openSync(__filename, 'r');
read(fd, (err, text) => {
  console.log('by fd:', err, text.split('\n')[0]);
  read('missing.txt', (err2) => console.log('missing:', err2.code));
});
