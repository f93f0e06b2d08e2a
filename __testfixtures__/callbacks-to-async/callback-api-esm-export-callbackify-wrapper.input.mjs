// unpyramid-fixture: runnable
// An ES module's exported callback-API function with no caller in the file: it becomes
// `async function copyFileAsync(...)`, and the export keeps its callback surface through
// util.callbackify.
import fs from 'node:fs';

export function copyFile(from, to, done) {
  fs.readFile(from, (err, data) => {
    if (err) return done(err);
    fs.writeFile(to, data, (err) => {
      if (err) return done(err);
      done(null, data.length);
    });
  });
}

fs.writeFileSync('from.txt', 'twelve bytes');
copyFile('from.txt', 'to.txt', function report(err, size) {
  console.log('copied', err, size, fs.readFileSync('to.txt', 'utf8'));
  copyFile('missing.txt', 'to.txt', (err) => console.log('missing:', err.code));
});
console.log('started');
