// Code a direct eval runs can name any binding of the module: the promisify import stays.
import { promisify } from 'node:util';

import { setTimeout as sleep } from 'node:timers/promises';

// eslint-disable-next-line no-eval
function handler(code) { return eval(code); }

async function load() {
  await sleep(5);
  console.log(handler('typeof promisify'), handler('typeof sleep'));
  return handler;
}

export default load();
