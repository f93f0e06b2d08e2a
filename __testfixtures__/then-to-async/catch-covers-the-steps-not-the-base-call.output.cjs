// unpyramid-fixture: runnable
// `.catch` covers the base promise and every step (here a throw in the step and a rejected base), so
// the try holds the awaits and the steps; the base call is made before it, as the chain made it before
// `.catch` existed.
function load(name) {
  return name === 'missing' ? Promise.reject(new Error('no ' + name)) : Promise.resolve(name);
}

async function describe(name) {
  const promise = load(name);

  try {
    const value = await promise;
    if (value === 'bad') throw new Error('bad value');
    return 'value ' + value;
  } catch (err) {
    return 'recovered: ' + err.message;
  }
}

// Every call is awaited, so what `describe` throws before its chain lands where a rejection would.
(async () => {
  console.log(await describe('good'));
  console.log(await describe('bad'));
  console.log(await describe('missing'));
})();
