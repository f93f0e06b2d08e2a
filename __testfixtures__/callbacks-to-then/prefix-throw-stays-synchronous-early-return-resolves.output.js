// unpyramid-fixture: runnable
// What runs before the first call runs at once, as it did: a `throw` there is still thrown by the
// call itself (the caller's uncaught-exception handler sees it, not a rejection), and an early
// `return` returns `Promise.resolve()`, so every path that returns gives a promise.
const fs = require('fs');

process.on('uncaughtException', (err) => console.log('uncaught:', err.message));

function logSize(file) {
  if (typeof file !== 'string') throw new TypeError('file must be a string');
  if (file === '') return Promise.resolve();
  console.log('checking', file);
  return fs.promises.stat(file).then((stats) => {
    console.log(file, stats.size);
  }, (err) => {
    return console.log(file, 'error:', err.code);
  });
}

fs.writeFileSync('a.txt', 'hello');
logSize('a.txt');
logSize('');
logSize('missing.txt');
logSize(42);
console.log('not reached');
