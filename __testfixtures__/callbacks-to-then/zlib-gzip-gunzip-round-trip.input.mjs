// unpyramid-fixture: runnable
import zlib from 'node:zlib';

export function roundTrip(text, done) {
  zlib.gzip(text, (err, packed) => {
    if (err) return done(err);
    zlib.gunzip(packed, (err, unpacked) => {
      if (err) return done(err);
      done(null, unpacked.toString() === text);
    });
  });
}

roundTrip('hello '.repeat(100), (err, same) => console.log('round trip', err, same));
