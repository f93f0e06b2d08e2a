// unpyramid-fixture: runnable
// unpyramid-fixture: skip auto-dependency-unknown
// The library throws from the call when a task names a task that is not there.
const async = require('async');

try {
  async.auto({
    a: (cb) => setImmediate(cb, null, 1),
    b: ['c', (results, cb) => cb(null, 2)],
  }, (err) => {
    if (err) return console.log('failed', err.message);
    console.log('done');
  });
} catch (err) {
  console.log('threw:', err.message);
}
