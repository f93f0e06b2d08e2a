// unpyramid-fixture: runnable
// unpyramid-fixture: skip auto-dependency-cycle
// Tasks that wait for each other: the library throws from the call.
const async = require('async');

try {
  async.auto({
    a: ['b', (results, cb) => cb(null, 1)],
    b: ['a', (results, cb) => cb(null, 2)],
  }, (err) => {
    if (err) return console.log('failed', err.message);
    console.log('done');
  });
} catch (err) {
  console.log('threw:', err.message);
}
