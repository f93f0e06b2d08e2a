// unpyramid-fixture: runnable
import fs from 'node:fs';

export async function loadText(callback) {
  let contents;
  try {
    contents = await fs.promises.readFile(new URL('./notes.txt', import.meta.url), 'utf8');
  } catch (error) {
    return callback(error);
  }
  callback(null, contents.trim().toUpperCase());
}

fs.writeFileSync(new URL('./notes.txt', import.meta.url), '  hello notes \n');
loadText((error, text) => console.log(error, text));
console.log('sync part done');
