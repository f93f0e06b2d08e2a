// unpyramid-fixture: runnable
const fs = require('fs');

function size(p, cb) {
  fs.open(p, 'r', (err, fd) => {
    if (err) return cb(err);
    cb(null, typeof fd);
  });
}

const util = require('util');
size(__filename, (err, t) => console.log(util.format('%s %s', err, t)));
