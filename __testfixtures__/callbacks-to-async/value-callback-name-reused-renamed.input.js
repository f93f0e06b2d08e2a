// unpyramid-fixture: runnable
// Both callbacks name their value `value`: each is renamed where it moves up (`value2`, `value3`), so
// the module's `value` read in the first call's arguments is still the module's.
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
