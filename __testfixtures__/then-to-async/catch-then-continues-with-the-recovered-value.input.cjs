// unpyramid-fixture: runnable
// `.catch(h).then(b)`: `b` gets the steps' value or what `h` returned; the value waits in `b`'s own
// parameter, given in the try or in the catch.
function price(load) {
  return load()
    .then((raw) => Number(raw))
    .catch((err) => {
      console.log('using default:', err.message);
      return 10;
    })
    .then((amount) => amount * 1.2);
}

(async () => {
  console.log('price', await price(() => Promise.resolve('5')));
  console.log('price', await price(() => Promise.reject(new Error('offline'))));
})();
