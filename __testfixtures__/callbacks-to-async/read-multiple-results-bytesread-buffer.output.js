// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify, callbackify } = require('util');

// fs.open yields a number here (fs.promises.open would yield a FileHandle): promisify keeps it.
function firstBytes(file, count, cb) {
  callbackify(firstBytesAsync)(file, count, cb);
}

async function firstBytesAsync(file, count) {
  const fd = await promisify(fs.open)(file, 'r');
  const { bytesRead: n, buffer: buf } = await promisify(fs.read)(fd, Buffer.alloc(count), 0, count, 0);
  await promisify(fs.close)(fd);
  return buf.toString('utf8', 0, n);
}

fs.writeFileSync('in.txt', 'hello world');
void (async () => {
  let err = null, text;
  try {
    text = await firstBytesAsync('in.txt', 5);
  } catch (caught) {
    err = caught;
  }
  console.log(err, JSON.stringify(text));
  firstBytes('nope.txt', 5, (err2) => console.log(err2.code));
})();
