// unpyramid-fixture: runnable
// `.then(ok, fail)`: `fail` does not see what `ok` throws. The wait for the value is in a try whose
// catch is `fail` (ending the function there); `ok` runs after it, outside the try.
function check(p) {
  return p.then(
    (value) => {
      throw new Error('ok threw for ' + value);
    },
    (err) => 'failed: ' + err.message,
  );
}

check(Promise.resolve(1))
  .catch((err) => console.log('escaped:', err.message))
  .then(() => check(Promise.reject(new Error('no'))))
  .then(console.log);
