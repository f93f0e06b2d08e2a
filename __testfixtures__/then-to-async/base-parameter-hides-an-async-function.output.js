// unpyramid-fixture: runnable
// unpyramid-fixture: risk base-assumed-promise
// The file has an async `load`, but in `describe` the name is a parameter, which may throw at once:
// its call is not the async function's, so it is made before the try, which must not catch its throw.
async function load() {
  return 'unused';
}

async function describe(load) {
  const promise = load();

  try {
    const value = await promise;
    return 'got ' + value;
  } catch (err) {
    return 'caught ' + err.message;
  }
}

describe(() => Promise.resolve('a'))
  .then(console.log)
  .then(() =>
    describe(() => {
      throw new Error('sync');
    }),
  )
  .then(console.log, (err) => console.log('rejected', err.message));
