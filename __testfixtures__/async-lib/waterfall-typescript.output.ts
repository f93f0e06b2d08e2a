// unpyramid-fixture: runnable
// TypeScript: the catch parameter is typed `any`, as the callback's error was.
import * as fs from 'fs';

fs.writeFileSync('count.txt', '41');

void (async () => {
  let n;
  try {
    const text = await fs.promises.readFile('count.txt', 'utf8');
    n = Number(text) + 1;
  } catch (err: any) {
    return console.log('failed', err.message);
  }
  console.log('count', n);
})();
