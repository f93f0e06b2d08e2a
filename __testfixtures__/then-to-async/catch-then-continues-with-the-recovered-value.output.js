// unpyramid-fixture: runnable
// `.catch(h).then(b)`: `b` gets the steps' value or what `h` returned; the value waits in `b`'s own
// parameter, given in the try or in the catch.
async function price(load) {
  const promise = load();
  let amount;

  try {
    const raw = await promise;
    amount = await Number(raw);
  } catch (err) {
    console.log('using default:', err.message);
    amount = 10;
  }

  return amount * 1.2;
}

void (async () => {
  const p = await price(() => Promise.resolve('5'));
  await console.log('price', p);
  const p2 = await price(() => Promise.reject(new Error('offline')));
  return console.log('price', p2);
})();
