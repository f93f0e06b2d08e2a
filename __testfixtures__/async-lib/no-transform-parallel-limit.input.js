// unpyramid-fixture: skip async-function-not-converted
// Functions of the library other than waterfall, series, parallel, each* and map* are left as they are.
const async = require('async');
const fs = require('fs');

async.parallelLimit([(cb) => fs.stat('.', cb), (cb) => fs.stat('..', cb)], 1, (err, results) => console.log(results.length));
