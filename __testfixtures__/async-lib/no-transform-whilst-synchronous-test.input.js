// unpyramid-fixture: skip loop-test-not-a-callback-task
// async 2's whilst took a test that returns its truth; async 3's calls back with it. Which one runs here
// depends on the installed version: left as it is.
const async = require('async');

let n = 0;
async.whilst(
  function () {
    return n < 3;
  },
  function (cb) {
    n++;
    setTimeout(cb, 1);
  },
  function (err) {
    if (err) throw err;
    console.log(n);
  },
);
