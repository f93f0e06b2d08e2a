// unpyramid-fixture: runnable
'use strict';

const fs = require('fs');

function size(fd, cb) {
  fs.fstat(fd, (err, st) => {
    if (err) return cb(err);
    cb(null, st.size > 0);
  });
}

size(fs.openSync(__filename, 'r'), (err, nonEmpty) => console.log('non-empty:', err, nonEmpty));
