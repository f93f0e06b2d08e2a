

// A file that starts with blank lines and a comment block, with no import to put the new one after:
// the comments stay at the head, above the added require.
const { promisify, callbackify } = require("util");
function f(p, cb) {
  callbackify(fAsync)(p, cb);
}

async function fAsync(p) {
  await promisify(fs.stat).call(fs, p);
}

module.exports = f
