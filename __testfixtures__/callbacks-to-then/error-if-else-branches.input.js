// unpyramid-fixture: runnable
// The error handled in an if/else (either way round), or only the success branch written: the error
// branch goes into the link's error handler and ends there, the success branch into its success handler.
const fs = require('fs');

function readName(file, cb) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) {
      cb(err);
    } else {
      cb(null, text.trim());
    }
  });
}

function sizeOf(file, cb) {
  fs.stat(file, function (err, stats) {
    if (!err) cb(null, stats.size);
    else cb(err);
  });
}

function logIfPresent(file) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (!err) {
      lines.push('present: ' + text.trim());
    }
  });
}

function show(file) {
  readName(file, function (err, name) {
    if (err) return lines.push('no name in ' + file + ': ' + err.code);
    sizeOf(file, function (err, size) {
      if (err) return lines.push('no size: ' + err.code);
      lines.push(file + ': ' + name + ', ' + size + ' bytes');
    });
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
