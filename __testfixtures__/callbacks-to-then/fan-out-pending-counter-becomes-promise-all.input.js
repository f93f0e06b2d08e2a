// unpyramid-fixture: runnable
// unpyramid-fixture: risk later-errors-dropped
// unpyramid-fixture: risk throw-reaches-caller
// A parallel fan-out with a pending counter: the reads still run side by side, the results keep the
// order of the list, the first error is the one passed on, and an empty list is still answered at once.
const fs = require('fs');

function readAll(files, cb) {
  var contents = [];
  var pending = files.length;
  if (pending === 0) return cb(null, contents);
  files.forEach(function (file, i) {
    fs.readFile(file, 'utf8', function (err, text) {
      if (err) return cb(err);
      contents[i] = text.trim();
      if (--pending === 0) cb(null, contents);
    });
  });
}

fs.writeFileSync('a.txt', 'alpha ');
fs.writeFileSync('b.txt', ' beta');
fs.writeFileSync('c.txt', 'gamma');
readAll(['c.txt', 'a.txt', 'b.txt'], (err, texts) => console.log('three:', err, texts));
readAll(['a.txt', 'missing.txt'], (err, texts) => console.log('one missing:', err && err.code, texts));
readAll([], (err, texts) => console.log('none:', err, texts));
console.log('after the calls');
