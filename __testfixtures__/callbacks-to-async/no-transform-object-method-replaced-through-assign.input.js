// unpyramid-fixture: runnable
// unpyramid-fixture: skip callee-binding-ambiguous
// Object.assign replaces the method the literal shows: an object passed around can change out of sight.
const store = {
  get(key, cb) {
    setImmediate(() => cb(null, key));
  },
};
Object.assign(store, { get: (key, cb) => cb(null, 'sync ' + key) });

function main() {
  store.get('k', function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
