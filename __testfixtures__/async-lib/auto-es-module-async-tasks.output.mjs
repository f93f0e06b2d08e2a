// unpyramid-fixture: runnable
// An ES module importing auto alone; the tasks are async functions (the library awaits them) and the
// final callback reads no results.
import { promises as fsp } from 'fs';

await fsp.writeFile('numbers.txt', '1 2 3');

void (async () => {
  try {
    const results = {};

    const text = (async () => {
      results.text = await fsp.readFile('numbers.txt', 'utf8');
    })();

    const numbers = (async () => {
      await Promise.all([text]);
      results.numbers = await results.text.split(' ').map(Number);
    })();

    const total = (async () => {
      await Promise.all([numbers]);
      const sum = results.numbers.reduce((a, b) => a + b, 0);
      console.log('total', sum);
      results.total = await sum;
    })();

    await Promise.all([text, numbers, total]);
  } catch (err) {
    console.log('failed', err.message);
    return;
  }
  console.log('done');
})();
