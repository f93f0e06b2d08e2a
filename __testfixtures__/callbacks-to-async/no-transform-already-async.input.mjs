// unpyramid-fixture: skip enclosing-function-already-async
import fs from 'fs';

export async function report(cb) {
  fs.writeFile('./report.txt', 'ok', (err) => {
    if (err) return cb(err);
    cb(null);
  });
}
