// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

// fs.open yields a number here (fs.promises.open would yield a FileHandle): promisify keeps it.
async function firstBytes(file, count, cb) {
  let fd;
  try {
    fd = await promisify(fs.open)(file, 'r');
  } catch (err) {
    return cb(err);
  }
  let n, buf;
  try {
    ({ bytesRead: n, buffer: buf } = await promisify(fs.read)(fd, Buffer.alloc(count), 0, count, 0));
  } catch (err) {
    return cb(err);
  }
  try {
    await promisify(fs.close)(fd);
  } catch (err) {
    return cb(err);
  }
  cb(null, buf.toString('utf8', 0, n));
}

fs.writeFileSync('in.txt', 'hello world');
firstBytes('in.txt', 5, (err, text) => {
  console.log(err, JSON.stringify(text));
  firstBytes('nope.txt', 5, (err2) => console.log(err2.code));
});
