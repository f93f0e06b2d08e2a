// unpyramid-fixture: runnable
// An async task that throws: the library hands the rejection to the final callback, as the catch does.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('bad.json', '{ not json');

async.waterfall([
  (cb) => fs.readFile('bad.json', 'utf8', cb),
  async (text) => JSON.parse(text),
], (err, value) => {
  if (err) return console.log('rejected:', err.name);
  console.log('parsed', value);
});
