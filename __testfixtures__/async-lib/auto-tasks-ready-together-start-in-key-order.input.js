// unpyramid-fixture: runnable
// Two tasks become ready when the same task finishes, one of them waiting for a second task too: the
// library starts them in the order of their keys, and the results get keys in the order tasks finish.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('user.txt', 'ada');

async.auto({
  config: async () => 'config',
  user: (cb) => fs.readFile('user.txt', 'utf8', cb),
  report: ['user', 'config', async (results) => {
    console.log('report starts');
    return `${results.user}/${results.config}`;
  }],
  log: ['user', async (results) => {
    console.log('log starts');
    return results.user.length;
  }],
}, (err, results) => {
  if (err) return console.log('failed', err.message);
  console.log(Object.keys(results).join(' '), results.report, results.log);
});
