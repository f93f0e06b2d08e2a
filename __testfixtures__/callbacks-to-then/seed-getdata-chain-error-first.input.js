// unpyramid-fixture: runnable
// The seed's getData / getMoreData pyramid (seeds/000), written error-first as Node code is.
function getData(cb) {
  setImmediate(function () {
    cb(null, 1);
  });
}

function getMoreData(value, cb) {
  setImmediate(function () {
    if (value > 3) return cb(new Error('too much: ' + value));
    cb(null, value + 1);
  });
}

function main() {
  getData(function (err, a) {
    if (err) throw err;
    getMoreData(a, function (err, b) {
      if (err) throw err;
      getMoreData(b, function (err, c) {
        if (err) throw err;
        getMoreData(c, function (err, d) {
          if (err) throw err;
          console.log('a, b, c, d =', a, b, c, d);
        });
      });
    });
  });
}

main();
console.log('executing...');
