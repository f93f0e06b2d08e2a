// unpyramid-fixture: runnable
// Inside a function, at its end: the function still returns at once and calls its callback later.
const fs = require('fs');
const { promisify } = require('util');

function copyUpper(from, to, done) {
  void (async () => {
    try {
      const text = await promisify(fs.readFile)(from, 'utf8');
      await promisify(fs.writeFile)(to, text.toUpperCase());
    } catch (err) {
      done(err);
      return;
    }
    done(null);
  })();
}

fs.writeFileSync('source.txt', 'shout');
copyUpper('source.txt', 'target.txt', (err) => {
  if (err) return console.log('failed', err.code);
  console.log(fs.readFileSync('target.txt', 'utf8'));
});
console.log('copy started');
