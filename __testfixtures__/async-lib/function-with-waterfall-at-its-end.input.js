// unpyramid-fixture: runnable
// Inside a function, at its end: the function still returns at once and calls its callback later.
const async = require('async');
const fs = require('fs');

function copyUpper(from, to, done) {
  async.waterfall([
    (cb) => fs.readFile(from, 'utf8', cb),
    (text, cb) => fs.writeFile(to, text.toUpperCase(), cb),
  ], done);
}

fs.writeFileSync('source.txt', 'shout');
copyUpper('source.txt', 'target.txt', (err) => {
  if (err) return console.log('failed', err.code);
  console.log(fs.readFileSync('target.txt', 'utf8'));
});
console.log('copy started');
