// unpyramid-fixture: runnable
// The final callback is passed by a name that is assigned again after the call: the library calls the
// one it was given, so the rewrite reads the name where the call was.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('n.txt', '12345');

let report = (err, length) => console.log('first report:', err ? err.code : length);
async.waterfall([
  (cb) => fs.readFile('n.txt', 'utf8', cb),
  (text, cb) => cb(null, text.length),
], report);
report = () => console.log('second report');
