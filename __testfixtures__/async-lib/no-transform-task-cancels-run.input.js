// unpyramid-fixture: runnable
// unpyramid-fixture: skip task-cancels-run
// `cb(false)` stops the library's run without calling the final callback: no await says that.
const async = require('async');
const fs = require('fs');

async.waterfall([
  (cb) => fs.stat('.', cb),
  (stats, cb) => {
    if (stats.isDirectory()) return cb(false);
    cb(null, stats.size);
  },
], (err, size) => {
  if (err) return console.log('failed', err.message);
  console.log('size', size);
});
setTimeout(() => console.log('done'), 20);
