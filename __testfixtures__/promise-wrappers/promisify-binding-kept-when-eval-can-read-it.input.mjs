// Code a direct eval runs can name any binding of the module: the promisify import stays.
import { promisify } from 'node:util';

const sleep = promisify(setTimeout);

// eslint-disable-next-line no-eval
function handler(code) { return eval(code); }

async function load() {
  await sleep(5);
  console.log(handler('typeof promisify'), handler('typeof sleep'));
  return handler;
}

export default load();
