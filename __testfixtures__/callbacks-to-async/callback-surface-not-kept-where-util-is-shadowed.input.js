// unpyramid-fixture: runnable
// unpyramid-fixture: skip exported-function-keeps-callback
// The file's `util` is shadowed by a parameter where `load` is defined: a wrapper there would call the
// parameter's `callbackify`. `load` would be flattened and keep its callback; it is exported, so callers
// elsewhere would get an async function: its site is left as it is.
const fs = require('fs');
const util = require('util');

function setup(util) {
  function load(p, cb) {
    fs.stat(p, function (err, stats) {
      if (err) return cb(err);
      cb(null, stats.isFile() + ' ' + util.name);
    });
  }
  exports.load = load;
}

setup({ name: 'not the util module' });
exports.load(__filename, (err, text) => console.log(err ? err.code : text, util.inspect(1)));
