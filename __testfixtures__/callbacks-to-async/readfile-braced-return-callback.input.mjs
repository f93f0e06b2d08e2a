// unpyramid-fixture: runnable
import fs from 'node:fs';

export function loadText(callback) {
  fs.readFile(new URL('./notes.txt', import.meta.url), 'utf8', function (error, contents) {
    if (error) {
      return callback(error);
    }
    callback(null, contents.trim().toUpperCase());
  });
}

fs.writeFileSync(new URL('./notes.txt', import.meta.url), '  hello notes \n');
loadText((error, text) => console.log(error, text));
console.log('sync part done');
