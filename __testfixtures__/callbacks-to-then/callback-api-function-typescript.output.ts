// unpyramid-fixture: runnable
// A TypeScript callback-API function without a declared return type: it returns and throws, and its
// callback parameter's type goes with the parameter.
import * as fs from 'fs';

function firstLine(file: string) {
  return fs.promises.readFile(file, 'utf8').then((text) => {
    return text.split('\n')[0];
  });
}

function show(file: string): Promise<void> {
  return firstLine(file).then((line) => {
    console.log('first line:', line);
  }, (err: any) => {
    console.log('cannot read', file);
  });
}

fs.writeFileSync('lines.txt', 'one\ntwo\n');
show('lines.txt');
