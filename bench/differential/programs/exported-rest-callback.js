// checks: an exported function that takes its callback from a rest parameter (`...args`, then
// `args.pop()`), called by reference through the async library: made async, it is called without a
// callback and args.pop() takes the path instead.
// differential-driver: [{"path":"size","args":["data.txt"]}]
const fs = require("fs");

function size(...args) {
  const cb = args.pop();
  fs.stat(args[0], function (err, st) {
    if (err) return cb(err);
    cb(null, st.size);
  });
}

module.exports = { size };

if (require.main === module) {
  fs.writeFileSync("data.txt", "hello");
  size("data.txt", function (err, n) {
    if (err) throw err;
    console.log("size", n);
  });
}
