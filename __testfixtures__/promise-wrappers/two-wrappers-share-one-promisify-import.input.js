// unpyramid-fixture: runnable
// Two wrappers of functions of the file: both become util.promisify calls, through one import.
function getA(cb) {
  setImmediate(() => cb(null, 'a'));
}
function getB(cb) {
  setImmediate(() => cb(null, 'b'));
}

const a = new Promise((resolve, reject) => getA((err, v) => (err ? reject(err) : resolve(v))));
const b = new Promise((resolve, reject) => getB((err, v) => (err ? reject(err) : resolve(v))));

Promise.all([a, b]).then((values) => console.log(values));
