// unpyramid-fixture: skip call-result-used
// Without a final callback the library returns a promise, used here: left as it is.
const async = require('async');
const fs = require('fs');

const done = async.series([(cb) => fs.stat('.', cb)]);
done.then((results) => console.log(results.length));
