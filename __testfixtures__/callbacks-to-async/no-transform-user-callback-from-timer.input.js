// unpyramid-fixture: skip callback-called-from-timer
// The callback runs from a timer, which the caller could clear or which could repeat.
function later(ms, cb) {
  setTimeout(function () {
    cb(null, ms);
  }, ms);
}

function main() {
  later(5, function (err, ms) {
    if (err) throw err;
    console.log('waited', ms);
  });
}
main();
