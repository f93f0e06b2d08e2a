// unpyramid-fixture: skip task-uses-this
// A task that reads `this` (the library calls it without one): an arrow would read the outer `this`.
const async = require('async');

async.series([
  function (cb) {
    cb(null, this === undefined);
  },
], (err, results) => console.log(results));
