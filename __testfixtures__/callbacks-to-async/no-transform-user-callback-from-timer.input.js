// unpyramid-fixture: skip callback-called-from-timer
// The callback runs from a timer whose handle is kept, so it could be cleared (or from an interval,
// which repeats): not a call that surely comes once.
const timers = [];

function later(ms, cb) {
  timers.push(setTimeout(function () {
    cb(null, ms);
  }, ms));
}

function main() {
  later(5, function (err, ms) {
    if (err) throw err;
    console.log('waited', ms);
  });
}
main();
