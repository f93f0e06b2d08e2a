// unpyramid-fixture: runnable
// retry with a number of times: after the last attempt fails, the final callback gets that error.
const async = require('async');
const fs = require('fs');

let tries = 0;

async.retry(3, (cb) => {
  tries++;
  fs.readFile(`missing-${tries}.txt`, cb);
}, (err) => {
  if (err) return console.log('gave up after', tries, 'tries:', err.path);
  console.log('read');
});
