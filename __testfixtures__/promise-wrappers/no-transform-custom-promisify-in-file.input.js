// unpyramid-fixture: runnable
// unpyramid-fixture: skip custom-promisify-in-file
// The file gives a function a util.promisify.custom of its own: util.promisify(lookup) would call that,
// not the function the wrapper calls. Left as written.
const util = require('util');

function lookup(key, cb) {
  setImmediate(() => cb(null, 'value of ' + key));
}
lookup[util.promisify.custom] = (key) => Promise.resolve('custom ' + key);

const get = (key) => new Promise((resolve, reject) => lookup(key, (err, value) => (err ? reject(err) : resolve(value))));

get('k').then((value) => console.log(value));
