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

roundTrip('hello '.repeat(100), (err, same) => console.log('round trip', err, same));
