// unpyramid-fixture: runnable
// parallel starts every task at once: Promise.all, with the values in the tasks' order.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'BB');

async.parallel([
  (cb) => fs.readFile('a.txt', 'utf8', cb),
  (cb) => fs.readFile('b.txt', 'utf8', cb),
], (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(results.join(' '));
});
