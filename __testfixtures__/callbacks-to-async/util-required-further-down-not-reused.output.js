// unpyramid-fixture: runnable
const fs = require('fs');

const { promisify } = require('util');

async function size(p) {
  const fd = await promisify(fs.open)(p, 'r');
  return typeof fd;
}

const util = require('util');
void (async () => {
  let err = null, t;
  try {
    t = await size(__filename);
  } catch (caught) {
    err = caught;
  }
  console.log(util.format('%s %s', err, t));
})();
