// unpyramid-fixture: runnable
// unpyramid-fixture: risk object-results-in-key-order
// parallel with an object: every task at once, the results under the same keys. The library adds the
// keys as the tasks finish; the rewrite in the tasks' order (the risk says so).
const async = require('async');
const fs = require('fs');

fs.writeFileSync('left.txt', 'L');
fs.writeFileSync('right.txt', 'R');

async.parallel({
  left: (cb) => fs.readFile('left.txt', 'utf8', cb),
  right: (cb) => fs.readFile('right.txt', 'utf8', cb),
}, (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(results.left + results.right);
});
