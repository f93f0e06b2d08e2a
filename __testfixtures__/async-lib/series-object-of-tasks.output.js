// unpyramid-fixture: runnable
// series with an object of tasks gives an object with the same keys.
const fs = require('fs');

fs.writeFileSync('user.json', '{"name":"ada"}');

void (async () => {
  let results;
  try {
    results = {
      user: await fs.promises.readFile('user.json', 'utf8'),
      stats: await fs.promises.stat('user.json')
    };
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(JSON.parse(results.user).name, results.stats.size);
})();
