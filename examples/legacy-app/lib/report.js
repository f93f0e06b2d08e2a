'use strict';
const fs = require('fs');

// Left alone by unpyramid: the callback's error handling falls through (no `return`),
// so the code after `if (err)` still runs on failure.
function readReport(file, callback) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) callback(err);
    callback(null, text);
  });
}

module.exports = { readReport };
