// unpyramid-fixture: runnable
// The last task's value is the final callback's: declared before the try, assigned at its end.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('numbers.txt', '1 2 3 4');

async.waterfall([
  function (callback) {
    fs.readFile('numbers.txt', 'utf8', callback);
  },
  function (text, callback) {
    callback(null, text.split(' ').map(Number));
  },
  function (numbers, callback) {
    callback(null, numbers.reduce((sum, n) => sum + n, 0));
  },
], function (err, total) {
  if (err) {
    return console.error(err);
  }
  console.log('total', total);
});
