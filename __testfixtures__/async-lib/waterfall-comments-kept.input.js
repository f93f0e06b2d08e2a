// unpyramid-fixture: runnable
// Comments on tasks and in the final callback are kept: those of code written out in place stay with
// it; those of what is gone (a task's function, the callback call) go before the new block.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('in.txt', 'quiet');

// Load, then shout.
async.waterfall([
  // read the input
  function (cb) {
    fs.readFile('in.txt', 'utf8', cb); // utf8 text
  },
  // shout it
  function (text, cb) {
    const loud = text.toUpperCase(); // louder
    cb(null, loud);
  },
], function (err, out) {
  // report
  if (err) return console.log(err.code);
  console.log(out);
});
