// unpyramid-fixture: runnable
// A concurrency of at least the number of tasks holds none back; a task that passes several values
// leaves them as an array in the results, as the library does.
const fs = require('fs');

fs.writeFileSync('pair.txt', 'left,right');

void (async () => {
  let results;
  try {
    results = {};
    let failed = false;
    // A task failed: none starts after it, as in async.auto.
    const failRun = (err) => {
      failed = true;
      throw err;
    };

    const text = (async () => {
      results.text = await fs.promises.readFile('pair.txt', 'utf8');
    })().catch(failRun);

    const pair = (async () => {
      await text;
      if (failed) return;
      const [left, right] = results.text.split(',');
      results.pair = [left, right];
    })().catch(failRun);

    const nothing = (async () => {
      await text;
      if (failed) return;
      results.nothing = undefined;
    })().catch(failRun);

    await Promise.all([text, pair, nothing]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(JSON.stringify(results.pair), 'nothing' in results, results.nothing);
})();
