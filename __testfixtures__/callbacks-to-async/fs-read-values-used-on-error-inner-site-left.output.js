// unpyramid-fixture: runnable
// unpyramid-fixture: skip values-used-on-error
const fs = require('fs');

const { promisify } = require('util');
const headAsync = promisify(head);

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
void (async () => {
  let err = null, text;
  try {
    text = await headAsync(dirFd);
  } catch (caught) {
    err = caught;
  }
  console.log(err ? err.code : text);
})();
