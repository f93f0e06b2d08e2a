// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-from-unknown-callback
// `helper(fn)` passes its callback as `fn`, which helper calls twice, not as its last parameter.
function helper(fn, cb) {
  fn(null, 'a');
  fn(null, 'b');
}

function getData(x, cb) {
  helper(function (err, v) {
    cb(err, v);
  });
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
console.log('sync end');
