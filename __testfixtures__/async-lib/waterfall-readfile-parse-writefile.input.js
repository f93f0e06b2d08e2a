// unpyramid-fixture: runnable
// The pyramid async.waterfall was written to flatten: read, parse, write. Each task's value goes on
// under the next task's parameter names; several values (`cb(null, name, size)`) stay several names.
// The final callback's error branch becomes the catch.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('config.json', JSON.stringify({ name: 'demo', size: 3 }));

async.waterfall([
  function (cb) {
    fs.readFile('config.json', 'utf8', cb);
  },
  function (text, cb) {
    const config = JSON.parse(text);
    cb(null, config.name, config.size);
  },
  function (name, size, cb) {
    fs.writeFile('out.txt', name.repeat(size), cb);
  },
], function (err) {
  if (err) {
    console.log('failed:', err.message);
    return;
  }
  console.log('written:', fs.readFileSync('out.txt', 'utf8'));
});
console.log('started');
