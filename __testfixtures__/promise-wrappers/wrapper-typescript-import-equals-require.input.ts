// unpyramid-fixture: runnable
// TypeScript's `import fs = require('fs')` binds the core module like an import: the wrapper becomes
// the twin through it, and `import util = require('util')` gives the promisify already in the file.
import fs = require('fs');
import util = require('util');

function getSize(file: string, callback: (err: Error | null, size?: number) => void): void {
  fs.stat(file, (err, stats) => (err ? callback(err) : callback(null, stats.size)));
}

export function read(file: string): Promise<string> {
  return new Promise<string>((resolve, reject) => fs.readFile(file, 'utf8', (err, text) => (err ? reject(err) : resolve(text))));
}

export function size(file: string): Promise<number | undefined> {
  return new Promise<number | undefined>((resolve, reject) => getSize(file, (err, value) => (err ? reject(err) : resolve(value))));
}

fs.writeFileSync('note.txt', 'twelve bytes');
read('note.txt').then((text) => console.log(text.length));
size('note.txt').then((value) => console.log(value));
console.log(typeof util.inspect);
