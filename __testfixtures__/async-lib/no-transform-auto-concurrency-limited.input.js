// unpyramid-fixture: skip auto-concurrency-limited
// A concurrency below the number of tasks holds tasks back; the rewrite would start them all.
const async = require('async');
const fs = require('fs');

async.auto({
  a: (cb) => fs.readFile('a.txt', cb),
  b: (cb) => fs.readFile('b.txt', cb),
  c: ['a', 'b', (results, cb) => cb(null, results.a.length + results.b.length)],
}, 1, (err, results) => {
  if (err) throw err;
  console.log(results.c);
});
