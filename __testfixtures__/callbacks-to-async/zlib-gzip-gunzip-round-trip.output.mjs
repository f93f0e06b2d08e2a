// unpyramid-fixture: runnable
import zlib from 'node:zlib';

import { promisify, callbackify } from 'node:util';

export function roundTrip(text, done) {
  callbackify(roundTripAsync)(text, done);
}

async function roundTripAsync(text) {
  const packed = await promisify(zlib.gzip)(text);
  const unpacked = await promisify(zlib.gunzip)(packed);
  return unpacked.toString() === text;
}

roundTrip('hello '.repeat(100), (err, same) => console.log('round trip', err, same));
