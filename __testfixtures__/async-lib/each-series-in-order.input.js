// unpyramid-fixture: runnable
// eachSeries: one item after another, a for...of with the iteratee's body in it.
const async = require('async');
const fs = require('fs');

const lines = ['one', 'two', 'three'];
fs.writeFileSync('log.txt', '');

async.eachSeries(lines, (line, cb) => {
  fs.appendFile('log.txt', line + '\n', cb);
}, (err) => {
  if (err) return console.log('failed', err.message);
  console.log(fs.readFileSync('log.txt', 'utf8').trim().split('\n').join(','));
});
