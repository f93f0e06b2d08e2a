// unpyramid-fixture: runnable
// `function touch(p, cb = () => {})`: a default does not make it less of a callback API. Made async
// with its callback, the async library (from 2.3 on) would call it without one and await a promise
// that settles before the write is done, with the result lost to the default. It keeps its surface,
// the default applied once, as before, and its body in an async arrow handed to callbackify.
const fs = require('fs');
const async = require('async');

function touch(p, cb = () => {}) {
  fs.writeFile(p, 'x', function (err) {
    if (err) return cb(err);
    cb(null, p);
  });
}

module.exports = { touch };

async.mapSeries(['a.txt', 'b.txt'], module.exports.touch, (err, written) => {
  console.log(err, written, fs.readFileSync('b.txt', 'utf8'));
});
