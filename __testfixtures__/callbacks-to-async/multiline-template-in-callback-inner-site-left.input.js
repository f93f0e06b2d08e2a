// unpyramid-fixture: runnable
// unpyramid-fixture: skip multiline-template-moved
// The callback holds a template literal that spans lines: moved up a level, its continuation line would
// be re-indented, and that line is the string's text. Left as it is.
const fs = require("fs");

function report(file, cb) {
  fs.stat(file, function (err, stats) {
    if (err) return cb(err);
    cb(null, `size:
      ${stats.size > 0}`);
  });
}

report(__filename, (err, text) => console.log(err, JSON.stringify(text)));
