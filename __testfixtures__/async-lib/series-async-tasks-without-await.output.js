// unpyramid-fixture: runnable
// Async tasks that never await still settle after the call returned, in the library: written in place,
// their values are awaited, so 'after' still prints first.
void (async () => {
  let results;
  try {
    results = [await 1, await 2];
  } catch (err) {
    return console.log('err', err);
  }
  console.log('ok', results);
})();
console.log('after');
