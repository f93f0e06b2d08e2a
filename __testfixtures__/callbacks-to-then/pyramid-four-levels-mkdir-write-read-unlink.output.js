// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

const { promisify, callbackify } = require('util');

function roundTrip(dir, text, cb) {
  callbackify(roundTripAsync)(dir, text, cb);
}

function roundTripAsync(dir, text) {
  let back;
  return fs.promises.mkdir(path.join(dir), { recursive: true }).then(() => {
    return promisify(fs.writeFile)(path.join(dir, 'x.txt'), text);
  }).then(() => {
    return fs.promises.readFile(path.join(dir, 'x.txt'), 'utf8');
  }).then((result) => {
    back = result;
    return fs.promises.unlink(path.join(dir, 'x.txt'));
  }).then(() => {
    return back === text;
  });
}

roundTrip('out/deep', 'payload', (err, same) => console.log('round trip', err, same));
