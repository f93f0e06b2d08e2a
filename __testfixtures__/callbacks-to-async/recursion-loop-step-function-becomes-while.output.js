// unpyramid-fixture: runnable
// A loop written as recursion: `next` handles one file and calls itself from its callback. Flattened,
// its body runs in a `while (true)` where `next()` was first called; the files are still handled one
// after the other, and the first error or the end still calls back once.
const fs = require('fs');

const { promisify } = require('util');

async function appendAll(target, parts, cb) {
  var i = 0;

  // one part per turn
  while (true) {
    if (i === parts.length) return cb(null, i);
    let part = parts[i++];
    try {
      await promisify(fs.appendFile)(target, part + '\n');
    } catch (err) {
      return cb(err);
    }
    console.log('appended', part);
  }
}

fs.writeFileSync('out.txt', '');
appendAll('out.txt', ['one', 'two', 'three'], function (err, count) {
  console.log('done:', err, count, JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
  appendAll('no/such/dir/out.txt', ['x'], function (err) {
    console.log('failed:', err.code);
  });
});
console.log('started');
