// unpyramid-fixture: runnable
// A function declared in a switch case (sloppy code) exists only once the case has run: it is not a
// module-level declaration, so it is promisified at the call, never hoisted above it.
const { promisify } = require('util');
switch (1) {
case 1:
  function getData(x, cb) {
    setImmediate(() => cb(null, x));
  }
}

async function main() {
  let value;
  try {
    value = await promisify(getData)(1);
  } catch (err) {
    return console.log('E', err.message);
  }
  console.log('got', value);
}
main();
console.log('sync end');
