// unpyramid-fixture: runnable
// unpyramid-fixture: skip method-callers-not-visible
// A class method that answers a cache hit at once: no callbackify surface can keep that, and
// reached through instances its callers are out of sight (one hands it to the async library by
// reference): made async with its callback it would change for them. Its site is left as it is.
const fs = require('fs');
const async = require('async');

class Sizes {
  constructor() {
    this.cache = {};
  }

  of(p, cb) {
    const cache = this.cache;
    if (cache[p] !== undefined) return cb(null, cache[p]);
    fs.stat(p, function (err, stats) {
      if (err) return cb(err);
      cache[p] = stats.size;
      cb(null, stats.size);
    });
  }
}

fs.writeFileSync('data.txt', 'hello');
const sizes = new Sizes();
async.mapSeries(['data.txt', 'data.txt'], sizes.of.bind(sizes), (err, list) => console.log(err, list));
