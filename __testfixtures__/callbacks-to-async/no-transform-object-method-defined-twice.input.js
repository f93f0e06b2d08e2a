// unpyramid-fixture: runnable
// unpyramid-fixture: skip callee-binding-ambiguous
// The second `get` is the one that runs, and it calls back at once: no definition is trusted.
const store = {
  get(key, cb) {
    setImmediate(() => cb(null, key));
  },
  get(key, cb) {
    cb(null, 'sync ' + key);
  },
};

function main() {
  store.get('k', function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
