// unpyramid-fixture: runnable
// until: the loop runs until the test says so; the test is itself asynchronous here.
const async = require('async');
const fs = require('fs');

const names = ['a.txt', 'b.txt', 'c.txt'];
fs.writeFileSync('c.txt', 'found');
let index = -1;

async.until(
  (cb) => {
    if (index < 0) return cb(null, false);
    fs.access(names[index], (err) => {
      cb(null, !err);
    });
  },
  (cb) => {
    index++;
    cb();
  },
  (err) => {
    if (err) return console.log('failed');
    console.log('first present:', names[index]);
  },
);
