// unpyramid-fixture: runnable
// unpyramid-fixture: skip values-used-on-error
const fs = require('fs');

function head(fd, cb) {
  const buf = Buffer.alloc(16);
  fs.read(fd, buf, 0, 16, 0, (err, bytesRead, buffer) => {
    if (err) {
      console.log('read failed; got', bytesRead, 'bytes, buffer of', buffer && buffer.length);
      return cb(err);
    }
    cb(null, buffer.slice(0, bytesRead).toString());
  });
}

const dirFd = fs.openSync(__dirname, 'r');
head(dirFd, (err, text) => console.log(err ? err.code : text));
