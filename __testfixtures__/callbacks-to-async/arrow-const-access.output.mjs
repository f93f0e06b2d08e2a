// unpyramid-fixture: runnable
import * as fs from 'fs';

const canRead = async (file, cb) => {
  try {
    await fs.promises.access(`./${file}`, fs.constants.R_OK);
  } catch (err) {
    return cb(null, false);
  }
  cb(null, true);
};

fs.writeFileSync('r.txt', 'x');
canRead('r.txt', (e, ok) => {
  console.log('r.txt', ok);
  canRead('nope.txt', (e2, ok2) => console.log('nope.txt', ok2));
});
