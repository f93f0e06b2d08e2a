// unpyramid-fixture: runnable
// series with an object of tasks gives an object with the same keys.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('user.json', '{"name":"ada"}');

async.series({
  user: (cb) => fs.readFile('user.json', 'utf8', cb),
  stats: function (cb) {
    fs.stat('user.json', cb);
  },
}, function (err, results) {
  if (err) return console.log('failed', err.message);
  console.log(JSON.parse(results.user).name, results.stats.size);
});
