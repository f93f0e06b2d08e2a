// unpyramid-fixture: runnable
// unpyramid-fixture: skip collection-has-holes
// The library visits a hole of a sparse array as undefined; Array.prototype.map skips it.
const async = require('async');
async.map([1, , 3], async (x) => { await null; return x === undefined ? 'hole' : x; }, (err, results) => {
  if (err) return console.log('err', err.message);
  console.log('ok', results);
});
