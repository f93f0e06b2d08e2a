// A callback parameter named like a local of the function is renamed where the body moves up.
const fs = require('fs');

const { callbackify } = require('util');

function show(cb) {
  callbackify(showAsync)(cb);
}

function showAsync() {
  const text = 'outer';
  console.log(text);
  return fs.promises.readFile('x.txt', 'utf8');
}

module.exports = show;
