// unpyramid-fixture: runnable
// A task may name a task written after it; the results object gets keys in the order tasks finish.
const fs = require('fs');

fs.writeFileSync('greeting.txt', 'hello');

void (async () => {
  let results;
  try {
    results = {};

    const text = (async () => {
      results.text = await fs.promises.readFile('greeting.txt', 'utf8');
    })();

    const shout = (async () => {
      await Promise.all([text]);
      results.shout = await results.text.toUpperCase();
    })();

    const length = (async () => {
      await Promise.all([shout, text]);
      results.length = results.shout.length;
    })();

    await Promise.all([shout, text, length]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(Object.keys(results).join(' '), results.shout, results.length);
})();
