// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

// fs.open yields a number here (fs.promises.open would yield a FileHandle): promisify keeps it.
async function firstBytes(file, count) {
  const fd = await promisify(fs.open)(file, 'r');
  const { bytesRead: n, buffer: buf } = await promisify(fs.read)(fd, Buffer.alloc(count), 0, count, 0);
  await promisify(fs.close)(fd);
  return buf.toString('utf8', 0, n);
}

fs.writeFileSync('in.txt', 'hello world');
void (async () => {
  let err = null, text;
  try {
    text = await firstBytes('in.txt', 5);
  } catch (caught) {
    err = caught;
  }
  console.log(err, JSON.stringify(text));
  let err2 = null;
  try {
    await firstBytes('nope.txt', 5);
  } catch (caught) {
    err2 = caught;
  }
  console.log(err2.code);
})();
