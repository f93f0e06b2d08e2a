// unpyramid-fixture: runnable
'use strict';

const fs = require('fs');

const { promisify } = require('util');

async function size(fd, cb) {
  let st;
  try {
    st = await promisify(fs.fstat)(fd);
  } catch (err) {
    return cb(err);
  }
  cb(null, st.size > 0);
}

size(fs.openSync(__filename, 'r'), (err, nonEmpty) => console.log('non-empty:', err, nonEmpty));
