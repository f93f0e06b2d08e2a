// unpyramid-fixture: runnable
// A loop written as recursion: `next` handles one file and calls itself from its callback. As a chain it
// stays recursive (a loop around a promise has no flat chain): `next` returns the chain of one file and
// calls itself from its handler; the files are still handled one after the other, and the first error
// or the end still calls back once.
const fs = require('fs');

const { promisify } = require('util');

function appendAll(target, parts, cb) {
  var i = 0;
  // one part per turn
  function next() {
    if (i === parts.length) return Promise.resolve(cb(null, i));
    var part = parts[i++];
    return promisify(fs.appendFile)(target, part + '\n').then(() => {
      console.log('appended', part);
      next();
    }, (err) => {
      return cb(err);
    });
  }
  next();
}

fs.writeFileSync('out.txt', '');
appendAll('out.txt', ['one', 'two', 'three'], function (err, count) {
  console.log('done:', err, count, JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
  appendAll('no/such/dir/out.txt', ['x'], function (err) {
    console.log('failed:', err.code);
  });
});
console.log('started');
