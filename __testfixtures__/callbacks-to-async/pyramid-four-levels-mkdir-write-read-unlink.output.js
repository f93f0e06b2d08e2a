// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

async function roundTrip(dir, text, cb) {
  try {
    await fs.promises.mkdir(path.join(dir), { recursive: true });
  } catch (err) {
    return cb(err);
  }
  try {
    await fs.promises.writeFile(path.join(dir, 'x.txt'), text);
  } catch (err) {
    return cb(err);
  }
  let back;
  try {
    back = await fs.promises.readFile(path.join(dir, 'x.txt'), 'utf8');
  } catch (err) {
    return cb(err);
  }
  try {
    await fs.promises.unlink(path.join(dir, 'x.txt'));
  } catch (err) {
    return cb(err);
  }
  cb(null, back === text);
}

roundTrip('out/deep', 'payload', (err, same) => console.log('round trip', err, same));
