// unpyramid-fixture: skip callback-call-not-terminal
// A task that calls its callback and goes on to call it again: the library throws "Callback was already
// called."; a return cannot say that.
const async = require('async');

async.series([
  (cb) => {
    cb(null, 1);
    cb(null, 2);
  },
], (err, results) => {
  if (err) throw err;
  console.log(results);
});
