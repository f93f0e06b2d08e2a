// unpyramid-fixture: runnable
// retry: the task again after an error, `times` attempts in all, a timer between them; the final
// callback gets the last error or the value.
const async = require('async');
const fs = require('fs');

let attempts = 0;

async.retry({ times: 5, interval: 10 }, (cb) => {
  attempts++;
  if (attempts < 3) return cb(new Error(`attempt ${attempts} failed`));
  fs.readFile(__filename, 'utf8', cb);
}, (err, text) => {
  if (err) return console.log('gave up:', err.message);
  console.log('succeeded after', attempts, 'attempts:', text.length > 0);
});
