// unpyramid-fixture: runnable
// unpyramid-fixture: skip async-queue-not-converted
// The waterfall converts; the queue stays, and with it the require of async: it goes only when nothing
// in the file uses it any more.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('word.txt', 'queue');

const queue = async.queue((word, done) => {
  console.log('queued:', word);
  done();
}, 1);

async.waterfall([
  (cb) => fs.readFile('word.txt', 'utf8', cb),
  (word, cb) => cb(null, word.toUpperCase()),
], (err, word) => {
  if (err) return console.log('failed', err.message);
  queue.push(word);
});
