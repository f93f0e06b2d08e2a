// unpyramid-fixture: runnable
// A TypeScript callback-API function without a declared return type: it returns and throws, and its
// callback parameter's type goes with the parameter.
import * as fs from 'fs';

async function firstLine(file: string) {
  const text = await fs.promises.readFile(file, 'utf8');
  return text.split('\n')[0];
}

async function show(file: string): Promise<void> {
  let line;
  try {
    line = await firstLine(file);
  } catch (err: any) {
    console.log('cannot read', file);
    return;
  }
  console.log('first line:', line);
}

fs.writeFileSync('lines.txt', 'one\ntwo\n');
show('lines.txt');
