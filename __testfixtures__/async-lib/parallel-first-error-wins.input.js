// unpyramid-fixture: runnable
// Two tasks fail: the final callback gets one error, once; the other task still runs to its end.
const async = require('async');
const fs = require('fs');

async.parallel([
  (cb) => fs.readFile('missing-one', cb),
  (cb) => fs.stat('.', cb),
], (err) => {
  if (err) return console.log('failed with', err.code);
  console.log('both done');
});
