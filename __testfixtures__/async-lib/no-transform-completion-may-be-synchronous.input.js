// unpyramid-fixture: runnable
// unpyramid-fixture: skip completion-may-be-synchronous
// Tasks that call back at once: the library calls the final callback before async.parallel returns,
// so 'after' prints last. Awaited, the final code would run after it. Left as it is.
const async = require('async');

function sum(a, b) {
  async.parallel([(cb) => cb(null, a), (cb) => cb(null, b)], (err, values) => {
    if (err) return console.log('failed');
    console.log('sum', values[0] + values[1]);
  });
  console.log('after');
}

sum(1, 2);
