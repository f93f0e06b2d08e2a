// unpyramid-fixture: runnable
// CommonJS: a function on `module.exports` that returns a chain becomes async where it is defined.
const fs = require('fs');
const path = require('path');
const os = require('os');

module.exports.readJson = function (file) {
  return fs.promises
    .readFile(file, 'utf8')
    .then((text) => JSON.parse(text))
    .catch((err) => ({ error: err.code }));
};

const file = path.join(os.tmpdir(), 'unpyramid-then-' + process.pid + '.json');
fs.writeFileSync(file, '{"ok":true}');
module.exports
  .readJson(file)
  .then((data) => console.log(data))
  .then(() => module.exports.readJson(file + '.missing'))
  .then((data) => console.log(data))
  .finally(() => fs.unlinkSync(file));
