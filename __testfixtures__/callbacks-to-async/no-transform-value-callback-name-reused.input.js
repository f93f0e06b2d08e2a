// unpyramid-fixture: runnable
// unpyramid-fixture: skip name-collision
// Both callbacks name their value `value`: the second `const value` would clash with the first (and
// the module's `value` read in the arguments would be shadowed), so the inner call is left as it is.
var value = 1;

function addOne(n, callback) {
  setTimeout(function () {
    callback(n + 1);
  }, 5);
}

function run() {
  addOne(value, function (value) {
    addOne(value, function (value) {
      console.log('value', value);
    });
  });
}

run();
