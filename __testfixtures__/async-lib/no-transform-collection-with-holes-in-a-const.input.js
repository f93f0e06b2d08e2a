// unpyramid-fixture: runnable
// unpyramid-fixture: skip collection-has-holes
// A hole in the array a `const` holds: the library visits it as undefined, `.map` would skip it.
const async = require('async');
const fs = require('fs');

const slots = [__filename, , __filename];

async.map(slots, function (slot, cb) {
  fs.stat(slot || __dirname, function (err, st) {
    if (err) return cb(err);
    cb(null, st.isDirectory());
  });
}, function (err, dirs) {
  if (err) return console.log('failed', err.message);
  console.log(dirs);
});
