// unpyramid-fixture: runnable
// unpyramid-fixture: skip tasks-object-key-order
// The library runs an object's tasks in Object.keys order, integer-like keys first: not the order written.
const async = require('async');
const fs = require('fs');
async.series({
  b: async () => { console.log('b runs'); await null; return 1; },
  "1": async () => { console.log('1 runs'); await null; return 2; },
}, (err, results) => {
  if (err) return console.log('err', err.message);
  console.log('ok', results);
});
