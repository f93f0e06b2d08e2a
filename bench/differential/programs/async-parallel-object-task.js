// checks: a task that is a property of the object given to async.parallel, and a method passed by
// reference in async.series([steps.size]): neither may become an async function that keeps its
// callback (async 3 would call it without one).
const async = require("async");
const fs = require("fs");

const steps = {
  size(cb) {
    fs.stat("data.txt", function (err, st) {
      if (err) return cb(err);
      cb(null, st.size);
    });
  },
};

fs.writeFileSync("data.txt", "hello");
async.parallel({
  text: function (cb) {
    fs.readFile("data.txt", "utf8", function (err, text) {
      if (err) return cb(err);
      cb(null, text);
    });
  },
}, function (err, r) {
  console.log(err ? "parallel failed: " + err.message : "text " + r.text);
  async.series([steps.size], function (err, sizes) {
    console.log(err ? "series failed: " + err.message : "sizes " + JSON.stringify(sizes));
  });
});
