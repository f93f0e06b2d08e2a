// unpyramid-fixture: runnable
// whilst: the test (a task that calls back with a truth) before every run of the iteratee: a while loop.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('log.txt', '');
let count = 0;

async.whilst(
  (cb) => cb(null, count < 3),
  (cb) => {
    count++;
    fs.appendFile('log.txt', `line ${count}\n`, cb);
  },
  (err) => {
    if (err) return console.log('failed', err.message);
    console.log(fs.readFileSync('log.txt', 'utf8').trim().split('\n'));
  },
);
