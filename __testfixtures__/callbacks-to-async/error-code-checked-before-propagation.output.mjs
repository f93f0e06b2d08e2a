// unpyramid-fixture: runnable
// Particular errors handled first (`if (err && err.code === 'ENOENT') ...`): in the catch they become
// checks of the error; without a closing `if (err)` other errors go on to the code after, as before.
import fs from 'node:fs';

import { promisify } from 'node:util';

async function readOptional(file) {
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    if (err && err.code === 'ENOENT') return '(none)';
    throw err;
  }
  return text.trim();
}

async function removeIfThere(file) {
  try {
    await fs.promises.unlink(file);
  } catch (err) {
    if (err && err.code !== 'ENOENT')
      throw err;
  }
  return 'gone: ' + file;
}

async function main(file) {
  let text;
  try {
    text = await readOptional(file);
  } catch (err) {
    return console.log('read failed:', err.code);
  }
  let said;
  try {
    said = await removeIfThere(file);
  } catch (err) {
    return console.log('remove failed:', err.code);
  }
  console.log(file, '->', text, '|', said);
}

fs.writeFileSync('opt.txt', ' optional ');
main('opt.txt');
setTimeout(() => main('opt.txt'), 50);
setTimeout(() => main('.'), 100);
