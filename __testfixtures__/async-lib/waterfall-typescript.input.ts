// unpyramid-fixture: runnable
// TypeScript: the catch parameter is typed `any`, as the callback's error was.
import * as async from 'async';
import * as fs from 'fs';

fs.writeFileSync('count.txt', '41');

async.waterfall(
  [
    (cb: (err: Error | null, text?: string) => void) => fs.readFile('count.txt', 'utf8', cb),
    (text: string, cb: (err: Error | null, n?: number) => void) => cb(null, Number(text) + 1),
  ],
  (err: Error | null | undefined, n?: number) => {
    if (err) return console.log('failed', err.message);
    console.log('count', n);
  },
);
