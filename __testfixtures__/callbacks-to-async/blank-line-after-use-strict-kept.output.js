// unpyramid-fixture: runnable
'use strict';

const fs = require('fs');

const { promisify } = require('util');

async function size(fd) {
  const st = await promisify(fs.fstat)(fd);
  return st.size > 0;
}

void (async () => {
  let err = null, nonEmpty;
  try {
    nonEmpty = await size(fs.openSync(__filename, 'r'));
  } catch (caught) {
    err = caught;
  }
  console.log('non-empty:', err, nonEmpty);
})();
