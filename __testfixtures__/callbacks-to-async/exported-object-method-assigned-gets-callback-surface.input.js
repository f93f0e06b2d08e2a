// unpyramid-fixture: runnable
// `storage.flush = function (p, cb)` with `module.exports = storage` (nedb's persistence): a method of
// an exported object. It keeps its callback surface, a function that is not async, so the async
// library still calls it with a callback; its body becomes an async function.
const fs = require('fs');
const async = require('async');

const storage = {};

storage.flush = function (p, cb) {
  fs.writeFile(p, 'flushed', function (err) {
    if (err) return cb(err);
    cb(null, p);
  });
};

module.exports = storage;

async.mapSeries(['one.db', 'two.db'], module.exports.flush, (err, files) => {
  console.log(err, files, fs.readFileSync('two.db', 'utf8'));
});
