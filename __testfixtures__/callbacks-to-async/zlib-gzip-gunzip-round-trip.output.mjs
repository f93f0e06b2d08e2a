// unpyramid-fixture: runnable
import zlib from 'node:zlib';

import { promisify } from 'node:util';

export async function roundTrip(text, done) {
  let packed;
  try {
    packed = await promisify(zlib.gzip)(text);
  } catch (err) {
    return done(err);
  }
  let unpacked;
  try {
    unpacked = await promisify(zlib.gunzip)(packed);
  } catch (err) {
    return done(err);
  }
  done(null, unpacked.toString() === text);
}

roundTrip('hello '.repeat(100), (err, same) => console.log('round trip', err, same));
