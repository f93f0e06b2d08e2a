// unpyramid-fixture: runnable
// A concurrency of at least the number of tasks holds none back; a task that passes several values
// leaves them as an array in the results, as the library does.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('pair.txt', 'left,right');

async.auto({
  text: (cb) => fs.readFile('pair.txt', 'utf8', cb),
  pair: ['text', (results, cb) => {
    const [left, right] = results.text.split(',');
    cb(null, left, right);
  }],
  nothing: ['text', (results, cb) => cb()],
}, 5, (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(JSON.stringify(results.pair), 'nothing' in results, results.nothing);
});
