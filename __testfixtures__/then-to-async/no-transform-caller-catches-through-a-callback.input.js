// unpyramid-fixture: runnable
// unpyramid-fixture: skip caller-catches-sync-errors
// The function is called from a callback inside a try (`forEach`): the try catches its synchronous
// throw, which as an async function's rejection it would not.
function check(n) {
  if (n > 1) throw new Error('too big ' + n);
  return Promise.resolve(n);
}

function processOne(n) {
  return check(n).then((v) => console.log('ok', v));
}

try {
  [1, 2].forEach((n) => processOne(n));
} catch (err) {
  console.log('caught', err.message);
}
