// unpyramid-fixture: skip name-collision
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
