// unpyramid-fixture: runnable
// A task that tests a value and calls back with an error: that call becomes a throw, which the final
// callback's error branch takes, as the library handed it the error.
const async = require('async');

function check(limit) {
  async.waterfall([
    (cb) => cb(null, limit * 2),
    (doubled, cb) => {
      if (doubled > 10) return cb(new Error(`too big: ${doubled}`));
      cb(null, doubled);
    },
  ], (err, value) => {
    if (err) return console.log('rejected', err.message);
    console.log('accepted', value);
  });
}

check(3);
check(8);
