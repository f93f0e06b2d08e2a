// unpyramid-fixture: runnable
import fs from 'node:fs';

import { callbackify } from 'node:util';

export function loadText(callback) {
  callbackify(loadTextAsync)(callback);
}

async function loadTextAsync() {
  const contents = await fs.promises.readFile(new URL('./notes.txt', import.meta.url), 'utf8');
  return contents.trim().toUpperCase();
}

fs.writeFileSync(new URL('./notes.txt', import.meta.url), '  hello notes \n');
void (async () => {
  let error = null, text;
  try {
    text = await loadTextAsync();
  } catch (caught) {
    error = caught;
  }
  console.log(error, text);
})();
console.log('sync part done');
