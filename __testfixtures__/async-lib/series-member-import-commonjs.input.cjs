// unpyramid-fixture: runnable
// The library's functions bound on their own (`const { series } = require('async')`): the binding of
// the one converted goes, the other stays.
const { series, nextTick } = require('async');
const fs = require('fs');

fs.writeFileSync('first.txt', '1');

nextTick(() => console.log('ticked'));

series([
  (cb) => fs.readFile('first.txt', 'utf8', cb),
  (cb) => fs.stat('first.txt', cb),
], (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(results[0], results[1].size);
});
