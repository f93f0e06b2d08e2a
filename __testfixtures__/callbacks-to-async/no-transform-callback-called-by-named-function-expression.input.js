// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-from-unknown-callback
// A named function expression calls itself once more: the callback runs twice.
function getData(x, cb) {
  setImmediate(function again() {
    if (!again.ran) {
      again.ran = true;
      again();
    }
    cb(null, x);
  });
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
