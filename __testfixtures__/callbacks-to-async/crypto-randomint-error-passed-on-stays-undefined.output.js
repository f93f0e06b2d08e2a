// unpyramid-fixture: runnable
// crypto.randomInt calls back with `undefined` (not null) as its error on success: the error caught
// into a variable starts undefined, as the callback would have seen it.
const crypto = require('crypto');

const { promisify } = require('util');

async function pick(max, cb) {
  let err, n;
  try {
    n = await promisify(crypto.randomInt)(max);
  } catch (caught) {
    err = caught;
  }
  console.log('error on success is', err === undefined ? 'undefined' : err);
  cb(err, n);
}

pick(1, (err, n) => console.log('picked', err, n));
