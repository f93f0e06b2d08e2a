// unpyramid-fixture: runnable
// An exported named function expression that calls itself: its own name means it only inside it, so
// no twin beside it could take its body. It keeps its callback surface, the body in an async arrow
// handed to callbackify, and the recursive call awaits promisify(size) of that surface: a callback API
// that calls back once and later, never an async function whose promise promisify would ignore.
const fs = require('fs');
const path = require('path');

const { promisify, callbackify } = require('util');

module.exports = function size(file, cb) {
  callbackify(async () => {
    const stat = await fs.promises.stat(file);
    if (!stat.isDirectory()) return 1;
    let inner;
    try {
      inner = await promisify(size)(path.join(file, 'missing.txt'));
    } catch (err) {
      return 1;
    }
    return 1 + inner;
  })(cb);
};

module.exports(__dirname, function (err, n) {
  console.log(err, n);
});
