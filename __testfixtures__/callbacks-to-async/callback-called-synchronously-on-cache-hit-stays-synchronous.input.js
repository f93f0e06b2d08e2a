// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-synchronously
// A cache hit calls back synchronously with `return cb(...)`: the function is flattened and that
// path still calls back before the function returns; the function keeps its callback (a promise or a
// callbackify wrapper would call back later). It is not exported: an exported one would be left as it is
// (exported-function-keeps-callback).
const fs = require('fs');

const cache = {};

function load(file, cb) {
  if (cache[file]) return cb(null, cache[file]);
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return cb(err);
    cache[file] = text;
    cb(null, text);
  });
}

fs.writeFileSync('c.txt', 'cached');
load('c.txt', function (err, text) {
  console.log('first:', text);
  load('c.txt', function (err, again) {
    console.log('second, from the cache:', again);
  });
  console.log('after the second call');
});
