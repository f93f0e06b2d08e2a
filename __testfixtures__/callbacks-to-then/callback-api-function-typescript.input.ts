// unpyramid-fixture: runnable
// A TypeScript callback-API function without a declared return type: it returns and throws, and its
// callback parameter's type goes with the parameter.
import * as fs from 'fs';

function firstLine(file: string, cb: (err: Error | null, line?: string) => void) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text.split('\n')[0]);
  });
}

function show(file: string): void {
  firstLine(file, (err, line) => {
    if (err) {
      console.log('cannot read', file);
      return;
    }
    console.log('first line:', line);
  });
}

fs.writeFileSync('lines.txt', 'one\ntwo\n');
show('lines.txt');
