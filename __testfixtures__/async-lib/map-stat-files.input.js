// unpyramid-fixture: runnable
// map keeps the input's order whatever order the calls finish in; a core API by name is its twin.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('small.txt', 'a');
fs.writeFileSync('large.txt', 'abcdefghij');

async.map(['small.txt', 'large.txt'], fs.stat, (err, stats) => {
  if (err) return console.log('failed', err.code);
  console.log(stats.map((s) => s.size));
});
