// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-from-unknown-callback
// The file's own `setImmediate` runs its function at once: it is not Node's deferral.
const setImmediate = (fn) => fn();

function getData(x, cb) {
  setImmediate(() => cb(null, x));
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
