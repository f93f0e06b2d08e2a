// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify, callbackify } = require('util');

// `file` could be a numeric file descriptor, which fs.promises.readFile rejects.
function read(file, cb) {
  callbackify(readAsync)(file, cb);
}

async function readAsync(file) {
  const text = await promisify(fs.readFile)(file, 'utf8');
  return text;
}

const fd = fs.openSync(__filename, 'r');
void (async () => {
  let err = null, text;
  try {
    text = await readAsync(fd);
  } catch (caught) {
    err = caught;
  }
  console.log('by fd:', err, text.split('\n')[0]);
  read('missing.txt', (err2) => console.log('missing:', err2.code));
})();
