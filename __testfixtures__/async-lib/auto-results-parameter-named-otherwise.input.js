// unpyramid-fixture: runnable
// Tasks name the results parameter differently, and one assigns to it: each gets a name of its own
// bound to the one results object, which stays what the final callback reads.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('a.txt', 'A');

async.auto({
  a: (cb) => fs.readFile('a.txt', 'utf8', cb),
  b: ['a', (res, cb) => cb(null, res.a + 'B')],
  c: ['a', (r, cb) => {
    for (r in { x: 1 }) {}
    cb(null, r);
  }],
  d: ['b', 'c', (r, cb) => cb(null, r.b + r.c)],
}, (err, r) => {
  if (err) return console.log('failed', err.message);
  console.log(JSON.stringify(r));
});
