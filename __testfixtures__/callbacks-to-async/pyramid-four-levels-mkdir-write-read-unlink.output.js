// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

const { promisify, callbackify } = require('util');

function roundTrip(dir, text, cb) {
  callbackify(roundTripAsync)(dir, text, cb);
}

async function roundTripAsync(dir, text) {
  await fs.promises.mkdir(path.join(dir), { recursive: true });
  await promisify(fs.writeFile)(path.join(dir, 'x.txt'), text);
  const back = await fs.promises.readFile(path.join(dir, 'x.txt'), 'utf8');
  await fs.promises.unlink(path.join(dir, 'x.txt'));
  return back === text;
}

roundTrip('out/deep', 'payload', (err, same) => console.log('round trip', err, same));
