// unpyramid-fixture: runnable
// A concurrency of at least the number of tasks holds none back; a task that passes several values
// leaves them as an array in the results, as the library does.
const fs = require('fs');

fs.writeFileSync('pair.txt', 'left,right');

void (async () => {
  let results;
  try {
    results = {};
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const text = (async () => {
      try {
        results.text = await fs.promises.readFile('pair.txt', 'utf8');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const pair = (async () => {
      await Promise.all([text]);
      if (failed) return;

      try {
        const [left, right] = results.text.split(',');
        results.pair = [left, right];
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const nothing = (async () => {
      await Promise.all([text]);
      if (failed) return;

      try {
        results.nothing = undefined;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([text, pair, nothing]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(JSON.stringify(results.pair), 'nothing' in results, results.nothing);
})();
