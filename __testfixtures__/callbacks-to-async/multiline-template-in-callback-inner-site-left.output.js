// unpyramid-fixture: runnable
// unpyramid-fixture: skip multiline-template-moved
// The callback holds a template literal that spans lines: moved up a level, its continuation line would
// be re-indented, and that line is the string's text. Left as it is.
const fs = require("fs");

const { promisify } = require("util");
const reportAsync = promisify(report);

function report(file, cb) {
  fs.stat(file, function (err, stats) {
    if (err) return cb(err);
    cb(null, `size:
      ${stats.size > 0}`);
  });
}

void (async () => {
  let err = null, text;
  try {
    text = await reportAsync(__filename);
  } catch (caught) {
    err = caught;
  }
  console.log(err, JSON.stringify(text));
})();
