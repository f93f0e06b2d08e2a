// unpyramid-fixture: runnable
// series runs tasks one after another and gives their values in an array, in the tasks' order.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('one.txt', 'first');
fs.writeFileSync('two.txt', 'second');

async.series([
  (cb) => fs.readFile('one.txt', 'utf8', cb),
  (cb) => fs.readFile('two.txt', 'utf8', cb),
], (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(results);
});
