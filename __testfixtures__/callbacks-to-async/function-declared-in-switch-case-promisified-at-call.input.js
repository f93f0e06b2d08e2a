// unpyramid-fixture: runnable
// A function declared in a switch case (sloppy code) exists only once the case has run: it is not a
// module-level declaration, so it is promisified at the call, never hoisted above it.
switch (1) {
  case 1:
    function getData(x, cb) {
      setImmediate(() => cb(null, x));
    }
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
