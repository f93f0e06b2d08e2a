// checks: a method of an object exported as `module.exports = storage`, taking a callback, called by
// reference through the async library (async.mapSeries(keys, storage.load, done)).
// differential-driver: [{"path":"load","args":["data.txt"]}]
const fs = require("fs");

const storage = {
  load(key, cb) {
    fs.readFile(key, "utf8", function (err, text) {
      if (err) return cb(err);
      cb(null, text.length);
    });
  },
};

module.exports = storage;

if (require.main === module) {
  fs.writeFileSync("data.txt", "hello");
  storage.load("data.txt", function (err, n) {
    if (err) throw err;
    console.log("length", n);
  });
}
