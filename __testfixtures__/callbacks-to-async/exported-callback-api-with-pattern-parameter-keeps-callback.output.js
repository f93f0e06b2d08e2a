// unpyramid-fixture: runnable
// unpyramid-fixture: skip parameters-not-simple
// An exported callback-API function whose first parameter is a pattern: a wrapper could not hand it
// on as it came, so the function is flattened but keeps its callback parameter.
const fs = require('fs');

const { promisify } = require('util');

async function readText({ file, encoding }, cb) {
  let text;
  try {
    text = await promisify(fs.readFile)(file, encoding);
  } catch (err) {
    return cb(err);
  }
  cb(null, text.trim());
}

exports.readText = readText;

const log = (err, text) => console.log(err ? err.code : text);
fs.writeFileSync('t.txt', ' text ');
exports.readText({ file: 't.txt', encoding: 'utf8' }, log);
exports.readText({ file: 'none.txt', encoding: 'utf8' }, log);
