// unpyramid-fixture: runnable
import * as fs from 'fs';

import { callbackify } from 'util';

const canRead = (file, cb) => {
  callbackify(canReadAsync)(file, cb);
};

async function canReadAsync(file) {
  try {
    await fs.promises.access(`./${file}`, fs.constants.R_OK);
  } catch (err) {
    return false;
  }
  return true;
}

fs.writeFileSync('r.txt', 'x');
canRead('r.txt', (e, ok) => {
  console.log('r.txt', ok);
  canRead('nope.txt', (e2, ok2) => console.log('nope.txt', ok2));
});
