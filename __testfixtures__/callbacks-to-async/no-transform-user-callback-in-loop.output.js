// unpyramid-fixture: skip callback-may-be-called-more-than-once
// The callback is called from inside forEach: once per item.
const fs = require('fs');

function statAll(paths, cb) {
  paths.forEach(function (p) {
    void (async () => {
      let stats;
      try {
        stats = await fs.promises.stat(p);
      } catch (err) {
        return cb(err);
      }
      cb(null, stats.size);
    })();
  });
}

function main() {
  statAll([__filename, __dirname], function (err, size) {
    if (err) throw err;
    console.log(size > 0);
  });
}
main();
