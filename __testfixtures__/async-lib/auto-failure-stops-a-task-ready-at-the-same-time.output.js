// unpyramid-fixture: runnable
// Two tasks wait for the same one; the first fails as soon as it starts. The library then starts no
// other task, not even the one that became ready at the same moment: the flag is set where it fails.
const fs = require('fs');

fs.writeFileSync('input.txt', 'data');

void (async () => {
  try {
    const results = {};
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const input = (async () => {
      try {
        results.input = await fs.promises.readFile('input.txt', 'utf8');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const check = (async () => {
      await Promise.all([input]);
      if (failed) return;

      try {
        throw new Error('check failed');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const save = (async () => {
      await Promise.all([input]);
      if (failed) return;

      try {
        console.log('save started');
        results.save = await results.input.length;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([input, check, save]);
  } catch (err) {
    return console.log('final error:', err.message);
  }
  console.log('final ok');
})();
