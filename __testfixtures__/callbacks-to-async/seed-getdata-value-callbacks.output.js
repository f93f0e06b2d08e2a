// unpyramid-fixture: runnable
// The seed's getData / getMoreData pyramid as written (seeds/000): its callbacks take a value, not an
// error first. Both functions are the file's own, call their `callback` once and later (from a timer
// nothing can clear), so each call awaits a promise its callback resolves, and the pyramid is flat.
function getData(callback) {
  setTimeout(function () {
    callback(1);
  }, 10);
}

function getMoreData(value, callback) {
  setTimeout(function () {
    callback(value + 1);
  }, 10);
}

void (async () => {
  const a = await new Promise((resolve) => getData(resolve));
  const b = await new Promise((resolve) => getMoreData(a, resolve));
  const c = await new Promise((resolve) => getMoreData(b, resolve));
  const d = await new Promise((resolve) => getMoreData(c, resolve));
  console.log('d =', d);
})();
