// unpyramid-fixture: runnable
// crypto.randomInt calls back with `undefined` (not null) as its error on success: the error caught
// into a variable starts undefined, as the callback would have seen it.
const crypto = require('crypto');

function pick(max, cb) {
  crypto.randomInt(max, function (err, n) {
    console.log('error on success is', err === undefined ? 'undefined' : err);
    cb(err, n);
  });
}

pick(1, (err, n) => console.log('picked', err, n));
