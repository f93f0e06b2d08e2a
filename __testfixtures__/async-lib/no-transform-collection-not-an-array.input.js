// unpyramid-fixture: runnable
// unpyramid-fixture: skip collection-not-an-array
// async.mapLimit over an object: the library maps its values; `.map` or a spread of it would not.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('a.txt', 'aa');
fs.writeFileSync('b.txt', 'bbb');
async.mapLimit({ first: 'a.txt', second: 'b.txt' }, 1, function (file, next) {
  fs.stat(file, function (err, st) {
    if (err) return next(err);
    next(null, st.size);
  });
}, function (err, sizes) {
  if (err) return console.log('failed:', err.message);
  console.log('sizes:', JSON.stringify(sizes));
});
