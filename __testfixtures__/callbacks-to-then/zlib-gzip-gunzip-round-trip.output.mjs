// unpyramid-fixture: runnable
import zlib from 'node:zlib';

import { promisify, callbackify } from 'node:util';

export function roundTrip(text, done) {
  callbackify(roundTripAsync)(text, done);
}

function roundTripAsync(text) {
  return promisify(zlib.gzip)(text).then((packed) => {
    return promisify(zlib.gunzip)(packed);
  }).then((unpacked) => {
    return unpacked.toString() === text;
  });
}

void (() => {
  let err = null, same;
  return roundTripAsync('hello '.repeat(100)).then((result) => {
    same = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('round trip', err, same);
  });
})();
