// unpyramid-fixture: runnable
'use strict';
const util = require('util');
const fs = require('fs');

const log = util.format;

function appendLine(file, line, cb) {
  fs.appendFile(file, line + '\n', (err) => {
    if (err) return cb(err);
    fs.realpath('.', (err, where) => {
      if (err) return cb(err);
      cb(null, where.length > 0);
    });
  });
}

appendLine('log.txt', 'one', (err, ok) => {
  console.log(log('%s %s', err, ok), require('fs').readFileSync('log.txt', 'utf8'));
});
