// checks: an exported function whose callback has a default, `function touch(p, cb = () => {})`,
// called by reference through the async library (async.mapSeries(files, lib.touch, done)). async 3
// calls an AsyncFunction without a callback and takes its promise's value: made async with its
// callback kept, touch answers undefined at once instead of the path when the write is done.
// differential-driver: [{"path":"touch","args":["a.txt"]}]
const fs = require("fs");

function touch(p, cb = () => {}) {
  fs.writeFile(p, "", function (err) {
    if (err) return cb(err);
    cb(null, p);
  });
}

module.exports = { touch };

if (require.main === module) {
  touch("b.txt", function (err, p) {
    if (err) throw err;
    console.log("touched", p);
  });
}
