// checks: async.mapLimit over an object: the library maps its values; the mapLimit helper the
// conversion adds reads `items.length` (undefined for an object), starts no worker and answers
// [undefined], with no error.
const async = require("async");
const fs = require("fs");

fs.writeFileSync("a.txt", "aa");
fs.writeFileSync("b.txt", "bbb");
async.mapLimit({ first: "a.txt", second: "b.txt" }, 1, function (file, next) {
  fs.stat(file, function (err, st) {
    if (err) return next(err);
    next(null, st.size);
  });
}, function (err, sizes) {
  if (err) return console.log("failed:", err.message);
  console.log("sizes:", JSON.stringify(sizes));
});
