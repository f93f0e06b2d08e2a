// unpyramid-fixture: runnable
// The error handled in an if/else (either way round), or only the success branch written: the error
// branch goes into the link's error handler and ends there, the success branch into its success handler.
const fs = require('fs');

const { promisify } = require('util');

function readName(file) {
  return promisify(fs.readFile)(file, 'utf8').then((text) => {
    return text.trim();
  });
}

function sizeOf(file) {
  return fs.promises.stat(file).then((stats) => {
    return stats.size;
  });
}

function logIfPresent(file) {
  return promisify(fs.readFile)(file, 'utf8').then((text) => {
    lines.push('present: ' + text.trim());
  }, (err) => {});
}

function show(file) {
  let name;
  return readName(file).then((result) => {
    name = result;
    return sizeOf(file).then((size) => {
      lines.push(file + ': ' + name + ', ' + size + ' bytes');
    }, (err) => {
      return lines.push('no size: ' + err.code);
    });
  }, (err) => {
    return lines.push('no name in ' + file + ': ' + err.code);
  });
}

// What was found is printed at exit, sorted: the reads finish in any order.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
fs.writeFileSync('name.txt', ' Ada \n');
show('name.txt');
show('missing.txt');
logIfPresent('name.txt');
logIfPresent('missing.txt');
