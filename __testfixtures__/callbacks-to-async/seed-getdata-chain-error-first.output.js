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

async function main() {
  const a = await getDataAsync();
  const b = await getMoreDataAsync(a);
  const c = await getMoreDataAsync(b);
  const d = await getMoreDataAsync(c);
  console.log('a, b, c, d =', a, b, c, d);
}

main();
console.log('executing...');
