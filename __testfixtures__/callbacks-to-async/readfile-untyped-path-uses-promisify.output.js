// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

// `file` could be a numeric file descriptor, which fs.promises.readFile rejects.
async function read(file) {
  const text = await promisify(fs.readFile)(file, 'utf8');
  return text;
}

const fd = fs.openSync(__filename, 'r');
void (async () => {
  let err = null, text;
  try {
    text = await read(fd);
  } catch (caught) {
    err = caught;
  }
  console.log('by fd:', err, text.split('\n')[0]);
  let err2 = null;
  try {
    await read('missing.txt');
  } catch (caught) {
    err2 = caught;
  }
  console.log('missing:', err2.code);
})();
