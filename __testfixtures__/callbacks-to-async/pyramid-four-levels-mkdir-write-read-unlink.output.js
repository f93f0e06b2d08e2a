// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

const { promisify } = require('util');

async function roundTrip(dir, text) {
  await fs.promises.mkdir(path.join(dir), { recursive: true });
  await promisify(fs.writeFile)(path.join(dir, 'x.txt'), text);
  const back = await fs.promises.readFile(path.join(dir, 'x.txt'), 'utf8');
  await fs.promises.unlink(path.join(dir, 'x.txt'));
  return back === text;
}

void (async () => {
  let err = null, same;
  try {
    same = await roundTrip('out/deep', 'payload');
  } catch (caught) {
    err = caught;
  }
  console.log('round trip', err, same);
})();
