// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-call-not-terminal
// Code after the callback's call in the timer ran after the caller's continuation; after an await it
// would run before it.
function later(x, cb) {
  setTimeout(() => {
    cb(null, x);
    console.log("timer done");
  }, 1);
}

function main() {
  later(1, function (err, x) {
    if (err) throw err;
    console.log("got", x);
  });
}
main();
