// unpyramid-fixture: runnable
// A timer callback that takes arguments, a timer whose result is kept, or a local `setImmediate`:
// not the global delay, or not only a delay.
const fs = require('fs');

function first(done) {
  fs.stat(__filename, (err) => {
    if (err) return done(err);
    setTimeout((label) => done(null, label), 5, 'with an argument');
  });
}

function second(done) {
  fs.stat(__filename, (err) => {
    if (err) return done(err);
    const timer = setTimeout(() => done(null, 'kept'), 5);
    if (!timer.hasRef()) lines.push('timer not referenced');
  });
}

function third(done) {
  const setImmediate = (fn) => fn();
  fs.stat(__filename, (err) => {
    if (err) return done(err);
    setImmediate(() => done(null, 'local setImmediate runs at once'));
  });
}

// The three finish in any order: what they said is printed at exit, sorted.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
first((err, label) => lines.push(label));
second((err, label) => lines.push(label));
third((err, label) => lines.push(label));
