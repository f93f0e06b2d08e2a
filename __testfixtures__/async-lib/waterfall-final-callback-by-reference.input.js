// unpyramid-fixture: runnable
// A function that hands its own callback to the waterfall: the callback is called with the error, or
// with null and the last value, once, as the library did.
const async = require('async');
const fs = require('fs');

function loadLength(file, callback) {
  async.waterfall([
    (cb) => fs.readFile(file, 'utf8', cb),
    (text, cb) => cb(null, text.length),
  ], callback);
}

fs.writeFileSync('a.txt', 'abcdef');
loadLength('a.txt', (err, length) => console.log('a.txt:', err ? err.code : length));
setTimeout(() => loadLength('missing.txt', (err, length) => console.log('missing.txt:', err ? err.code : length)), 20);
