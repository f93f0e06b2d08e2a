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

void (async () => {
  let err = null, same;
  try {
    same = await roundTripAsync('hello '.repeat(100));
  } catch (caught) {
    err = caught;
  }
  console.log('round trip', err, same);
})();
