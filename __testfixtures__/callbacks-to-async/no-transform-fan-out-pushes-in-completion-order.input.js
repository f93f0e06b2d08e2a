// unpyramid-fixture: skip fan-out-step-does-more-than-store
// The results are pushed as the reads finish (completion order), and each step logs: left alone.
const fs = require('fs');

function readAll(files, cb) {
  var contents = [];
  var pending = files.length;
  if (!pending) return cb(null, contents);
  files.forEach(function (file) {
    fs.readFile(file, 'utf8', function (err, text) {
      if (err) return cb(err);
      contents.push(text);
      console.log('read', file);
      if (--pending === 0) cb(null, contents);
    });
  });
}

module.exports = readAll;
