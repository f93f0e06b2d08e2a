// unpyramid-fixture: skip tasks-not-a-literal
// The tasks come from a variable: what they are is not in the call.
const async = require('async');

const steps = [(cb) => cb(null, 1)];
async.series(steps, (err, results) => console.log(results));
