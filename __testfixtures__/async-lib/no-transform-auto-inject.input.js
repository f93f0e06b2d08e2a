// unpyramid-fixture: runnable
// unpyramid-fixture: skip async-auto-not-converted
// async.autoInject reads its dependencies from the tasks' parameter names; it is left as it is.
const async = require('async');

async.autoInject({
  a: (cb) => cb(null, 1),
  b: (a, cb) => cb(null, a + 1),
}, (err, results) => {
  if (err) return console.log('failed');
  console.log(results.b);
});
