// unpyramid-fixture: risk thenable-value-awaited
// A task passes a promise as its value (`cb(null, Promise.resolve('small'))`): the library hands on the promise
// itself, an async function returning it hands on its result. The risk says so.
const async = require('async');
const fs = require('fs');
async.waterfall([
  (cb) => fs.readFile(__filename, cb),
  (buf, cb) => { if (buf.length > 1e9) return cb(null, 'big'); cb(null, Promise.resolve('small')); },
], (err, r) => {
  if (err) return console.log('err');
  console.log('ok', r);
});
