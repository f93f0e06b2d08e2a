// unpyramid-fixture: runnable
// Names one step declares and a later step reads (`var started`, the first read's `a`) are declared
// once before the chain and assigned where they were; each call of the function has its own.
'use strict';
const fs = require('fs');

const { promisify, callbackify } = require('util');

function concat(first, second, out, cb) {
  callbackify(concatAsync)(first, second, out, cb);
}

function concatAsync(first, second, out) {
  let started, a, b;
  return promisify(fs.readFile)(first, 'utf8').then((result) => {
    a = result;
    started = Date.now() > 0;
    return promisify(fs.readFile)(second, 'utf8');
  }).then((result) => {
    b = result;
    return promisify(fs.writeFile)(out, a + b);
  }).then(() => {
    return started && (a + b).length;
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
