// checks: async.map over a collection that is undefined (options.files not given). The library treats
// it as empty and calls back with []; a conversion to `options.files.map(...)` throws a TypeError.
const async = require("async");
const fs = require("fs");

function sizes(options, cb) {
  async.map(options.files, function (file, next) {
    fs.stat(file, function (err, st) {
      if (err) return next(err);
      next(null, st.size);
    });
  }, function (err, results) {
    if (err) return cb(err);
    cb(null, results);
  });
}

sizes({}, function (err, results) {
  if (err) return console.log("failed:", err.message);
  console.log("sizes:", JSON.stringify(results));
});
