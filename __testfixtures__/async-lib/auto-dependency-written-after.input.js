// unpyramid-fixture: runnable
// A task may name a task written after it; the results object gets keys in the order tasks finish.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('greeting.txt', 'hello');

async.auto({
  shout: ['text', async (results) => results.text.toUpperCase()],
  text: (cb) => fs.readFile('greeting.txt', 'utf8', cb),
  length: ['shout', 'text', (results, cb) => cb(null, results.shout.length)],
}, (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(Object.keys(results).join(' '), results.shout, results.length);
});
