// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-be-called-more-than-once
// Two deferred steps started side by side, each calling back: the callback runs twice.
function both(cb) {
  process.nextTick(function () {
    cb(null, 'first');
  });
  setImmediate(function () {
    cb(null, 'second');
  });
}

function main() {
  both(function (err, which) {
    if (err) throw err;
    console.log('called back:', which);
  });
}
main();
