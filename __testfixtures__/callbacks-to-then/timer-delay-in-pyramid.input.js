// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes a link returning a promise around the global timer.
const fs = require('fs');

function writeThenCheck(file, done) {
  fs.writeFile(file, 'first', (err) => {
    if (err) return done(err);
    setTimeout(() => {
      fs.readFile(file, 'utf8', (err, text) => {
        if (err) return done(err);
        setImmediate(function () {
          fs.unlinkSync(file);
          done(null, text);
        });
      });
    }, 20);
  });
}

writeThenCheck('delay-fixture.txt', (err, text) => console.log('read back:', err, text));
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
