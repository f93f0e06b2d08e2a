// unpyramid-fixture: skip error-used-after-check
const fs = require('fs');

function attempt(cb) {
  fs.readFile('./maybe.txt', 'utf8', (err, text) => {
    if (err) console.log('missing');
    cb(err ? null : text);
  });
}
module.exports = attempt;
