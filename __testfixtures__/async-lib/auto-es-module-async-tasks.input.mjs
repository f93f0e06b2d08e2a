// unpyramid-fixture: runnable
// An ES module importing auto alone; the tasks are async functions (the library awaits them) and the
// final callback reads no results.
import { auto } from 'async';
import { promises as fsp } from 'fs';

await fsp.writeFile('numbers.txt', '1 2 3');

auto({
  text: async () => fsp.readFile('numbers.txt', 'utf8'),
  numbers: ['text', async (results) => results.text.split(' ').map(Number)],
  total: ['numbers', async (results) => {
    const sum = results.numbers.reduce((a, b) => a + b, 0);
    console.log('total', sum);
    return sum;
  }],
}, (err) => {
  if (err) {
    console.log('failed', err.message);
    return;
  }
  console.log('done');
});
