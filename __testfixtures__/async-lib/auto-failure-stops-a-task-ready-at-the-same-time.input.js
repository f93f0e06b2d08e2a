// unpyramid-fixture: runnable
// Two tasks wait for the same one; the first fails as soon as it starts. The library then starts no
// other task, not even the one that became ready at the same moment: the flag is set where it fails.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('input.txt', 'data');

async.auto({
  input: (cb) => fs.readFile('input.txt', 'utf8', cb),
  check: ['input', (results, cb) => cb(new Error('check failed'))],
  save: ['input', async (results) => {
    console.log('save started');
    return results.input.length;
  }],
}, (err) => {
  if (err) return console.log('final error:', err.message);
  console.log('final ok');
});
