// unpyramid-fixture: runnable
'use strict';

const fs = require('fs');

const { promisify, callbackify } = require('util');

function size(fd, cb) {
  callbackify(sizeAsync)(fd, cb);
}

async function sizeAsync(fd) {
  const st = await promisify(fs.fstat)(fd);
  return st.size > 0;
}

size(fs.openSync(__filename, 'r'), (err, nonEmpty) => console.log('non-empty:', err, nonEmpty));
