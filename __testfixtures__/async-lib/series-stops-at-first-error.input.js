// unpyramid-fixture: runnable
// A task of series fails: the ones after it never start, the final callback gets the error.
const async = require('async');
const fs = require('fs');

async.series([
  (cb) => {
    console.log('first runs');
    fs.stat('.', cb);
  },
  (cb) => fs.readFile('no-such-file', cb),
  (cb) => {
    console.log('never runs');
    cb();
  },
], (err) => {
  if (err) return console.log('stopped:', err.code);
  console.log('all done');
});
