// unpyramid-fixture: skip named-callback-not-inlinable
const fs = require('fs');
const verbose = process.env.VERBOSE === '1';
if (verbose) {
  function report(err, data) {
    if (err) throw err;
    console.log('size', data.length > 0);
  }
}
fs.readFile(__filename, report);
console.log('sync end');
