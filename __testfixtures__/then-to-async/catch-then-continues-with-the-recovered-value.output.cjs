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

(async () => {
  console.log('price', await price(() => Promise.resolve('5')));
  console.log('price', await price(() => Promise.reject(new Error('offline'))));
})();
