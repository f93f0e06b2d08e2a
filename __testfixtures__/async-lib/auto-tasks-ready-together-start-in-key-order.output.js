// unpyramid-fixture: runnable
// Two tasks become ready when the same task finishes, one of them waiting for a second task too: the
// library starts them in the order of their keys, and the results get keys in the order tasks finish.
const fs = require('fs');

fs.writeFileSync('user.txt', 'ada');

void (async () => {
  let results;
  try {
    results = {};
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const config = (async () => {
      try {
        results.config = await 'config';
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const user = (async () => {
      try {
        results.user = await fs.promises.readFile('user.txt', 'utf8');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const report = (async () => {
      await Promise.all([user, config]);
      if (failed) return;

      try {
        console.log('report starts');
        results.report = await `${results.user}/${results.config}`;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const log = (async () => {
      await Promise.all([user]);
      if (failed) return;

      try {
        console.log('log starts');
        results.log = await results.user.length;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([config, user, report, log]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(Object.keys(results).join(' '), results.report, results.log);
})();
