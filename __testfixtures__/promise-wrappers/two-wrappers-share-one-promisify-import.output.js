// unpyramid-fixture: runnable
// Two wrappers of functions of the file: both become util.promisify calls, through one import.
const { promisify } = require('util');
function getA(cb) {
  setImmediate(() => cb(null, 'a'));
}
function getB(cb) {
  setImmediate(() => cb(null, 'b'));
}

const a = promisify(getA)();
const b = promisify(getB)();

Promise.all([a, b]).then((values) => console.log(values));
