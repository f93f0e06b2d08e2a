// unpyramid-fixture: runnable
// A task fails: the tasks after it do not run, and the final callback gets the error, once.
const async = require('async');
const fs = require('fs');

async.waterfall([
  (cb) => fs.readFile('missing.json', 'utf8', cb),
  (text, cb) => {
    console.log('never here');
    cb(null, text.length);
  },
], (err, length) => {
  if (err) return console.log('error:', err.code);
  console.log('length:', length);
});
