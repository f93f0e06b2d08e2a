// unpyramid-fixture: runnable
// unpyramid-fixture: skip helper-name-shadowed
// The file's `promisify` is shadowed by a parameter where the call is: the new code would call that.
const { promisify } = require('util');

const store = {
  get(key, cb) {
    setImmediate(() => cb(null, 'v' + key));
  },
};

function main(promisify) {
  store.get('a', function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value, typeof promisify);
  });
}
main(42);
module.exports = promisify;
