// unpyramid-fixture: runnable
// A step that may end the function early (`return cb(...)` in the middle of the pyramid): the links
// after it stay inside its handler, so they do not run after that return.
const fs = require('fs');

const { promisify } = require('util');

function firstLine(file) {
  let text;
  return promisify(fs.readFile)(file, 'utf8').then((result) => {
    text = result;
    if (!text.includes('\n')) return text;
    return promisify(fs.writeFile)(file + '.first', text.split('\n')[0]).then(() => {
      return text.split('\n')[0] + ' (saved)';
    });
  });
}

function show(file) {
  let err = null, line;
  return firstLine(file).then((result) => {
    line = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(file, err ? err.code : line);
  });
}

fs.writeFileSync('one.txt', 'single');
fs.writeFileSync('two.txt', 'first\nsecond');
show('one.txt');
show('two.txt');
show('none.txt');
