// unpyramid-fixture: runnable
// Names one step declares and a later step reads (`var started`, the first read's `a`) are declared
// once before the chain and assigned where they were; each call of the function has its own.
'use strict';
const fs = require('fs');

const { promisify } = require('util');

function concat(first, second, out) {
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
void (() => {
  let err2, n2, err3;
  let err = null, n;
  return concat('x.txt', 'y.txt', 'xy.txt').then((result) => {
    n = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(err, n, fs.readFileSync('xy.txt', 'utf8'));
    err2 = null;
    return concat('y.txt', 'x.txt', 'yx.txt').then((result) => {
      n2 = result;
    }, (caught) => {
      err2 = caught;
    });
  }).then(() => {
    console.log(err2, n2, fs.readFileSync('yx.txt', 'utf8'));
    err3 = null;
    return concat('x.txt', 'nope.txt', 'z.txt').catch((caught) => {
      err3 = caught;
    });
  }).then(() => {
    console.log(err3.code);
  });
})();
