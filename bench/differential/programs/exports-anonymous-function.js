// checks: an anonymous function expression exported as the module (`module.exports = function (p,
// cb)`), whose body cannot become a callbackify wrapper (it calls back from process.nextTick). A
// named export like this is left alone (exported-function-keeps-callback); made async with its
// callback kept, callers through the async library get undefined at once.
// differential-driver: [{"path":"default","args":["data.txt"]}]
const fs = require("fs");

module.exports = function (p, cb) {
  fs.stat(p, function (err, st) {
    if (err) return cb(err);
    process.nextTick(() => cb(null, st.size));
  });
};

if (require.main === module) {
  fs.writeFileSync("data.txt", "hello");
  module.exports("data.txt", function (err, size) {
    if (err) throw err;
    console.log("size", size);
  });
}
