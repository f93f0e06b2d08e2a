// unpyramid-fixture: runnable
// eachLimit keeps its limit: a small helper of the file runs at most that many at a time.
const async = require('async');
const fs = require('fs');

let running = 0;
let most = 0;
const items = [1, 2, 3, 4, 5, 6, 7];

async.eachLimit(items, 3, (item, cb) => {
  running++;
  most = Math.max(most, running);
  fs.readFile(__filename, (err) => {
    if (err) return cb(err);
    running--;
    cb();
  });
}, (err) => {
  if (err) return console.log('failed');
  console.log('at most', most, 'at a time');
});
