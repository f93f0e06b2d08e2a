// checks: a static method of an exported class (and a prototype method) that takes a callback, called
// by reference through the async library: made async, the library awaits a promise that settles
// before the work is done, and gets undefined.
// differential-driver: [{"path":"size","args":["data.txt"]},{"path":"new .read","args":["data.txt"]}]
const fs = require("fs");

class Files {
  static size(p, cb) {
    fs.stat(p, function (err, st) {
      if (err) return cb(err);
      cb(null, st.size);
    });
  }

  read(p, cb) {
    fs.readFile(p, "utf8", function (err, text) {
      if (err) return cb(err);
      cb(null, text.trim());
    });
  }
}

module.exports = Files;

if (require.main === module) {
  fs.writeFileSync("data.txt", "hello");
  Files.size("data.txt", function (err, n) {
    if (err) throw err;
    console.log("size", n);
  });
}
