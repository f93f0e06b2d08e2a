// unpyramid-fixture: runnable
// An exported callback-API function whose first parameter is a pattern: a twin beside it would take
// the pattern again, so the function keeps its parameters and its body runs in an async arrow handed
// to callbackify: callers elsewhere still get a function that takes a callback, not an async one.
const fs = require('fs');

const { promisify, callbackify } = require('util');

function readText({ file, encoding }, cb) {
  callbackify(async () => {
    const text = await promisify(fs.readFile)(file, encoding);
    return text.trim();
  })(cb);
}

exports.readText = readText;

const log = (err, text) => console.log(err ? err.code : text);
fs.writeFileSync('t.txt', ' text ');
exports.readText({ file: 't.txt', encoding: 'utf8' }, log);
exports.readText({ file: 'none.txt', encoding: 'utf8' }, log);
