// unpyramid-fixture: runnable
// unpyramid-fixture: skip async-auto-not-converted
// async.auto's tasks form a graph given as data; it is left as it is.
const async = require('async');

async.auto({
  a: (cb) => cb(null, 1),
  b: ['a', (results, cb) => cb(null, results.a + 1)],
}, (err, results) => {
  if (err) return console.log('failed');
  console.log(results.b);
});
