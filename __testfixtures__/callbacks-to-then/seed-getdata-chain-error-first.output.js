// unpyramid-fixture: runnable
// The seed's getData / getMoreData pyramid (seeds/000), written error-first as Node code is.
const { promisify } = require('util');
const getDataAsync = promisify(getData);
const getMoreDataAsync = promisify(getMoreData);
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
  let a, b, c;
  return getDataAsync().then((result) => {
    a = result;
    return getMoreDataAsync(a);
  }).then((result) => {
    b = result;
    return getMoreDataAsync(b);
  }).then((result) => {
    c = result;
    return getMoreDataAsync(c);
  }).then((d) => {
    console.log('a, b, c, d =', a, b, c, d);
  });
}

main();
console.log('executing...');
