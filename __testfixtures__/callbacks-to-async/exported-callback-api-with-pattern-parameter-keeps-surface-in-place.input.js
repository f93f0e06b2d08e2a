// unpyramid-fixture: runnable
// An exported callback-API function whose first parameter is a pattern: a twin beside it would take
// the pattern again, so the function keeps its parameters and its body runs in an async arrow handed
// to callbackify: callers elsewhere still get a function that takes a callback, not an async one.
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
