// unpyramid-fixture: runnable
// unpyramid-fixture: skip exported-function-keeps-callback
// An exported callback-API function whose first parameter is a pattern: a wrapper could not hand it
// on as it came, so the function would keep its callback parameter and become async; callers elsewhere
// would get an async function (the `async` library calls one without a callback): its site is left as it is.
const fs = require('fs');

function readText({ file, encoding }, cb) {
  fs.readFile(file, encoding, function (err, text) {
    if (err) return cb(err);
    cb(null, text.trim());
  });
}

exports.readText = readText;

const log = (err, text) => console.log(err ? err.code : text);
fs.writeFileSync('t.txt', ' text ');
exports.readText({ file: 't.txt', encoding: 'utf8' }, log);
exports.readText({ file: 'none.txt', encoding: 'utf8' }, log);
