// unpyramid-fixture: runnable
// unpyramid-fixture: risk exported-function-now-async
// unpyramid-fixture: risk later-errors-dropped
// An ES module's fan-out with an arrow step and no results to collect: each file is touched side by
// side, and the callback gets no value.
import fs from 'node:fs';

export async function touchAll(files, cb) {
  if (!files.length) return cb(null);
  try {
    await Promise.all(files.map(async (file) => {
      await fs.promises.utimes(file, 1000, 1000);
    }));
  } catch (err) {
    return cb(err);
  }
  cb(null);
}

fs.writeFileSync('x.txt', 'x');
fs.writeFileSync('y.txt', 'y');
touchAll(['x.txt', 'y.txt'], (err) => console.log('touched:', err, fs.statSync('y.txt').mtimeMs));
touchAll([], (err) => console.log('nothing:', err));
touchAll(['x.txt', 'nope.txt'], (err) => console.log('missing:', err.code));
