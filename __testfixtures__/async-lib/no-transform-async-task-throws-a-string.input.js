// unpyramid-fixture: runnable
// unpyramid-fixture: skip task-throws-a-non-error
// An async task throws a string: the library wraps it in an Error; a rejection would hand on the string.
const async = require('async');
async.series([
  async () => { throw 'boom'; },
], (err, results) => {
  if (err) return console.log('err', err instanceof Error, String(err));
  console.log('ok', results);
});
console.log('after');
