// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

async function size(p, cb) {
  let fd;
  try {
    fd = await promisify(fs.open)(p, 'r');
  } catch (err) {
    return cb(err);
  }
  cb(null, typeof fd);
}

const util = require('util');
size(__filename, (err, t) => console.log(util.format('%s %s', err, t)));
