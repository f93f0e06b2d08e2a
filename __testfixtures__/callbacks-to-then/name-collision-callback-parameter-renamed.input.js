// A callback parameter named like a local of the function is renamed where the body moves up.
const fs = require('fs');

function show(cb) {
  const text = 'outer';
  console.log(text);
  fs.readFile('x.txt', 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
}
module.exports = show;
