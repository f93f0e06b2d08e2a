// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

// `file` could be a numeric file descriptor, which fs.promises.readFile rejects.
async function read(file, cb) {
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    return cb(err);
  }
  cb(null, text);
}

const fd = fs.openSync(__filename, 'r');
read(fd, (err, text) => {
  console.log('by fd:', err, text.split('\n')[0]);
  read('missing.txt', (err2) => console.log('missing:', err2.code));
});
