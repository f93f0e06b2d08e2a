// unpyramid-fixture: skip arguments-not-recognized
// `auto(tasks, limit)`: the library takes a number there as the concurrency, a function as the final
// callback; the text does not say which.
const async = require('async');
const fs = require('fs');

const limit = 2;
async.auto({
  a: (cb) => fs.readFile('a.txt', cb),
  b: ['a', (results, cb) => cb(null, results.a.length)],
}, limit);
