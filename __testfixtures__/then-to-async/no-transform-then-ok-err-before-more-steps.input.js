// unpyramid-fixture: runnable
// unpyramid-fixture: skip then-with-rejection-handler-not-last
// `.then(ok, err)` with more steps after it: `err`'s value would have to skip `ok` and go on to the
// next step; left alone.
function load(p) {
  return p
    .then(
      (value) => value * 2,
      () => -1,
    )
    .then((value) => 'value ' + value);
}

load(Promise.resolve(2)).then(console.log);
load(Promise.reject(new Error('x'))).then(console.log);
