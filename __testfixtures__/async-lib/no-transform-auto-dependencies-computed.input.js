// unpyramid-fixture: skip auto-dependencies-not-static
// A dependency given by a variable: the graph is not in the text.
const async = require('async');
const fs = require('fs');

const first = 'a';
async.auto({
  a: (cb) => fs.readFile('a.txt', cb),
  b: [first, (results, cb) => cb(null, results.a.length)],
}, (err, results) => {
  if (err) throw err;
  console.log(results.b);
});
