// checks: a task written in place in async.series([...]) that makes a core call of its own. When the
// flow itself is not converted (here its final callback's `err ?` is not a recognised error branch),
// the task must not become an async function: async 3 calls an AsyncFunction without a callback.
const async = require("async");
const fs = require("fs");

fs.writeFileSync("data.txt", "hello");
async.series([
  function (next) {
    fs.readFile("data.txt", "utf8", function (err, text) {
      if (err) return next(err);
      next(null, text.length);
    });
  },
], function (err, results) {
  console.log(err ? "failed: " + err.message : "lengths " + JSON.stringify(results));
});
