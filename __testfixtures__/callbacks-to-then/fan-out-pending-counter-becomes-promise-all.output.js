// unpyramid-fixture: runnable
// unpyramid-fixture: risk later-errors-dropped
// unpyramid-fixture: risk throw-reaches-caller
// A parallel fan-out with a pending counter: the reads still run side by side, the results keep the
// order of the list, the first error is the one passed on, and an empty list is still answered at once.
const fs = require('fs');

const { promisify } = require('util');

function readAll(files, cb) {
  var contents = [];
  if (files.length === 0) return Promise.resolve(cb(null, contents));
  return Promise.all(files.map(function (file, i) {
    return promisify(fs.readFile)(file, 'utf8').then((text) => {
      contents[i] = text.trim();
    });
  })).then(() => {
    cb(null, contents);
  }, (err) => {
    return cb(err);
  });
}

fs.writeFileSync('a.txt', 'alpha ');
fs.writeFileSync('b.txt', ' beta');
fs.writeFileSync('c.txt', 'gamma');
readAll(['c.txt', 'a.txt', 'b.txt'], (err, texts) => console.log('three:', err, texts));
readAll(['a.txt', 'missing.txt'], (err, texts) => console.log('one missing:', err && err.code, texts));
readAll([], (err, texts) => console.log('none:', err, texts));
console.log('after the calls');
