// unpyramid-fixture: runnable
const { promisify } = require('util');
console.log('starting');
const fs = require('fs');

async function size(file) {
  const data = await promisify(fs.readFile)(file);
  return data.length;
}

fs.writeFileSync('s.txt', '12345');
void (async () => {
  let err = null, n;
  try {
    n = await size('s.txt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, n);
})();
