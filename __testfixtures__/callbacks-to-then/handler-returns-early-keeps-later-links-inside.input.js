// unpyramid-fixture: runnable
// A step that may end the function early (`return cb(...)` in the middle of the pyramid): the links
// after it stay inside its handler, so they do not run after that return.
const fs = require('fs');

function firstLine(file, cb) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return cb(err);
    if (!text.includes('\n')) return cb(null, text);
    fs.writeFile(file + '.first', text.split('\n')[0], function (err) {
      if (err) return cb(err);
      cb(null, text.split('\n')[0] + ' (saved)');
    });
  });
}

function show(file) {
  firstLine(file, function (err, line) {
    console.log(file, err ? err.code : line);
  });
}

fs.writeFileSync('one.txt', 'single');
fs.writeFileSync('two.txt', 'first\nsecond');
show('one.txt');
show('two.txt');
show('none.txt');
