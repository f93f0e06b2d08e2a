// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes an await of a promise around the global timer.
const fs = require('fs');

const { promisify } = require('util');

async function writeThenCheck(file) {
  await promisify(fs.writeFile)(file, 'first');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const text = await promisify(fs.readFile)(file, 'utf8');
  await new Promise((resolve) => setImmediate(resolve));
  fs.unlinkSync(file);
  return text;
}

void (async () => {
  let err = null, text;
  try {
    text = await writeThenCheck('delay-fixture.txt');
  } catch (caught) {
    err = caught;
  }
  console.log('read back:', err, text);
})();
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
