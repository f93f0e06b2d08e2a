// unpyramid-fixture: runnable
// Async tasks that never await still settle after the call returned, in the library: written in place,
// their values are awaited, so 'after' still prints first.
const async = require('async');
async.series([
  async () => 1,
  async () => 2,
], (err, results) => {
  if (err) return console.log('err', err);
  console.log('ok', results);
});
console.log('after');
