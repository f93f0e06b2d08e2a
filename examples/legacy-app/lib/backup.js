'use strict';
const fs = require('fs');
const path = require('path');

// Copy a file next to itself with a .bak suffix, then report its size.
function backup(file, callback) {
  const source = path.resolve(file);
  fs.readFile(source, function (err, data) {
    if (err) return callback(err);
    fs.writeFile(source + '.bak', data, function (err) {
      if (err) return callback(err);
      fs.stat(source + '.bak', function (err, stats) {
        if (err) return callback(err);
        callback(null, stats.size);
      });
    });
  });
}

// Remove stale backups; a missing file is not an error here.
function removeBackup(file, callback) {
  fs.unlink(path.resolve(file) + '.bak', function () {
    callback();
  });
}

module.exports = { backup, removeBackup };
