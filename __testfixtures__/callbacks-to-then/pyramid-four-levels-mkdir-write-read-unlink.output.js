// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

const { promisify } = require('util');

function roundTrip(dir, text) {
  let back;
  return fs.promises.mkdir(path.join(dir), { recursive: true }).then(() => {
    return promisify(fs.writeFile)(path.join(dir, 'x.txt'), text);
  }).then(() => {
    return fs.promises.readFile(path.join(dir, 'x.txt'), 'utf8');
  }).then((result) => {
    back = result;
    return fs.promises.unlink(path.join(dir, 'x.txt'));
  }).then(() => {
    return back === text;
  });
}

void (() => {
  let err = null, same;
  return roundTrip('out/deep', 'payload').then((result) => {
    same = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('round trip', err, same);
  });
})();
