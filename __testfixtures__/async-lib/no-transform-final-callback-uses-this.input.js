// unpyramid-fixture: skip final-callback-uses-this
// The final callback reads `this`: inside the new async arrow, `this` would be the outer one.
const async = require('async');
const fs = require('fs');

async.series([(cb) => fs.stat('.', cb)], function (err) {
  console.log(this === undefined, err);
});
