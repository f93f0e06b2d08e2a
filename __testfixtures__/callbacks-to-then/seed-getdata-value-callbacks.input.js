// unpyramid-fixture: runnable
// The seed's getData / getMoreData pyramid as written (seeds/000): its callbacks take a value, not an
// error first. Both functions are the file's own, call their `callback` once and later (from a timer
// nothing can clear), so each call is a promise its callback resolves, one link of the chain, and the pyramid is flat.
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

getData(function (a) {
  getMoreData(a, function (b) {
    getMoreData(b, function (c) {
      getMoreData(c, function (d) {
        console.log('d =', d);
      });
    });
  });
});
