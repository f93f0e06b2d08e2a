// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-is-promise-executor
// A promise executor that returns a chain: made async, a synchronous throw in it would no longer
// reject the outer promise (it would be an unhandled rejection, the outer promise pending forever).
function load(ok) {
  if (!ok) throw new Error('bad input');
  return Promise.resolve('value');
}

function get(ok) {
  return new Promise((resolve, reject) => {
    return load(ok).then((v) => resolve(v.toUpperCase()));
  });
}

get(true)
  .then(console.log)
  .then(() => get(false))
  .catch((err) => console.log('rejected:', err.message));
