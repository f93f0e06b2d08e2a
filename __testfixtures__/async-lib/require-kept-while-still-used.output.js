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

void (async () => {
  let word;
  try {
    word = await fs.promises.readFile('word.txt', 'utf8');
    word = word.toUpperCase();
  } catch (err) {
    return console.log('failed', err.message);
  }
  queue.push(word);
})();
