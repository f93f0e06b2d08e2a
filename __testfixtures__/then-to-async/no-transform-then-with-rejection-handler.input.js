// unpyramid-fixture: runnable
// unpyramid-fixture: skip then-with-rejection-handler
// `.then(ok, fail)`: `fail` does not see what `ok` throws; a try/catch around both would.
function check(p) {
  return p.then(
    (value) => {
      throw new Error('ok threw for ' + value);
    },
    (err) => 'failed: ' + err.message,
  );
}

check(Promise.resolve(1)).catch((err) => console.log('escaped:', err.message));
check(Promise.reject(new Error('no'))).then(console.log);
