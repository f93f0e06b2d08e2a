// unpyramid-fixture: runnable
const fs = require('fs');

// fs.open yields a number here (fs.promises.open would yield a FileHandle): promisify keeps it.
function firstBytes(file, count, cb) {
  fs.open(file, 'r', (err, fd) => {
    if (err) return cb(err);
    fs.read(fd, Buffer.alloc(count), 0, count, 0, (err, n, buf) => {
      if (err) return cb(err);
      fs.close(fd, (err) => {
        if (err) return cb(err);
        cb(null, buf.toString('utf8', 0, n));
      });
    });
  });
}

fs.writeFileSync('in.txt', 'hello world');
firstBytes('in.txt', 5, (err, text) => {
  console.log(err, JSON.stringify(text));
  firstBytes('nope.txt', 5, (err2) => console.log(err2.code));
});
