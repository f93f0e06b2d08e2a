// unpyramid-fixture: runnable
// Tasks that all call their value `data`: one variable, assigned again by each task.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('in.txt', '  padded  ');

async.waterfall([
  (cb) => fs.readFile('in.txt', 'utf8', cb),
  (data, cb) => cb(null, data.trim()),
  (data, cb) => cb(null, data.toUpperCase()),
  (data, cb) => fs.writeFile('out.txt', data, cb),
], (err) => {
  if (err) throw err;
  console.log(JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
});
