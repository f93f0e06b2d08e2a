// unpyramid-fixture: runnable
// Names one step declares and a later step reads (`var started`, the first read's `a`) are declared
// once before the chain and assigned where they were; each call of the function has its own.
'use strict';
const fs = require('fs');

function concat(first, second, out, cb) {
  fs.readFile(first, 'utf8', function (err, a) {
    if (err) return cb(err);
    var started = Date.now() > 0;
    fs.readFile(second, 'utf8', function (err, b) {
      if (err) return cb(err);
      fs.writeFile(out, a + b, function (err) {
        if (err) return cb(err);
        cb(null, started && (a + b).length);
      });
    });
  });
}

fs.writeFileSync('x.txt', 'xx');
fs.writeFileSync('y.txt', 'yyy');
concat('x.txt', 'y.txt', 'xy.txt', function (err, n) {
  console.log(err, n, fs.readFileSync('xy.txt', 'utf8'));
  concat('y.txt', 'x.txt', 'yx.txt', function (err, n) {
    console.log(err, n, fs.readFileSync('yx.txt', 'utf8'));
    concat('x.txt', 'nope.txt', 'z.txt', function (err) {
      console.log(err.code);
    });
  });
});
