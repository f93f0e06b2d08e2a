// unpyramid-fixture: runnable
// A failing task: its dependents never start, the final callback gets its error once.
const fs = require('fs');

void (async () => {
  let results;
  try {
    results = {};

    const config = (async () => {
      results.config = await fs.promises.readFile('missing-config.json', 'utf8');
    })();

    const parsed = (async () => {
      await Promise.all([config]);
      console.log('parsing');
      results.parsed = JSON.parse(results.config);
    })();

    await Promise.all([config, parsed]);
  } catch (err) {
    console.log('failed with', err.code);
    return;
  }
  console.log('parsed', results.parsed);
})();
