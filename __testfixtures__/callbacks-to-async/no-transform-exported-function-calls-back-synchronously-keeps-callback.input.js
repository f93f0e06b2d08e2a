// unpyramid-fixture: runnable
// unpyramid-fixture: skip exported-function-keeps-callback
// An exported callback API that answers a cache hit at once: no callbackify surface can keep that
// (callbackify always calls back later), and made async with its callback it would change for callers
// elsewhere (the async library would call it without one). Its site is left as it is.
const fs = require('fs');
const async = require('async');

const cache = {};

function size(p, cb) {
  if (cache[p] !== undefined) return cb(null, cache[p]);
  fs.stat(p, function (err, stats) {
    if (err) return cb(err);
    cache[p] = stats.size;
    cb(null, stats.size);
  });
}

module.exports = { size };

fs.writeFileSync('data.txt', 'hello');
async.mapSeries(['data.txt', 'data.txt'], module.exports.size, (err, sizes) => console.log(err, sizes));
