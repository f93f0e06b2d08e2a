// unpyramid-fixture: runnable
// The seed's getData / getMoreData pyramid as written (seeds/000): its callbacks take a value, not an
// error first. Nothing says these functions follow Node's convention, so nothing is converted.
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
