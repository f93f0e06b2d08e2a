// unpyramid-fixture: runnable
// unpyramid-fixture: skip auto-dependency-repeated
// A dependency named twice: the library's deadlock check throws from the call.
const async = require('async');

try {
  async.auto({
    a: (cb) => setImmediate(cb, null, 'A'),
    b: ['a', 'a', (results, cb) => cb(null, results.a + 'B')],
  }, (err) => {
    if (err) return console.log('failed', err.message);
    console.log('done');
  });
} catch (err) {
  console.log('threw:', err.message);
}
