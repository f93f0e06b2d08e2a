// unpyramid-fixture: runnable
// unpyramid-fixture: skip exported-function-keeps-callback
// An exported function that returns a chain and also takes a callback: made async, the async library
// (which tells async functions apart) would call it without one.
const fs = require('fs');
const async = require('async');

exports.size = function (p, cb) {
  return fs.promises.stat(p).then((st) => cb(null, st.size), (err) => cb(err));
};

fs.writeFileSync('data.txt', 'hello');
async.map(['data.txt'], exports.size, (err, sizes) => console.log(err, sizes));
