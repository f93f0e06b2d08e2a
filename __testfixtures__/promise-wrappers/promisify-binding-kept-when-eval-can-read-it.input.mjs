// Code a direct eval runs can name any binding of the module: the promisify import stays.
import fs from 'node:fs';
import { promisify } from 'node:util';

const readFile = promisify(fs.readFile);

// eslint-disable-next-line no-eval
function handler(code) { return eval(code); }

async function load() {
  await readFile(new URL(import.meta.url));
  console.log(handler('typeof promisify'), handler('typeof readFile'));
  return handler;
}

export default load();
