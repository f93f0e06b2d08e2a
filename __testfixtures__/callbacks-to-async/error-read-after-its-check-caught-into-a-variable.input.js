// unpyramid-fixture: runnable
// The error is read in ways no try/catch shape matches (logged, then tested again in an expression):
// fs calls back with `null` as the error on success, so the error is caught into a variable that
// starts as null, and the whole callback body follows the await, unchanged.
const fs = require('fs');

function attempt(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) console.log('missing', file);
    cb(err ? null : text.trim(), err === null);
  });
}

function checkAll(file, cb) {
  fs.stat(file, function (er, stats) {
    cb(er, er ? false : stats.isFile());
  });
}

// The four finish in any order: what they said is printed at exit, sorted.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
const say = (...parts) => lines.push(parts.map(String).join(' '));
fs.writeFileSync('maybe.txt', ' here ');
attempt('maybe.txt', (text, ok) => say('attempt:', text, ok));
attempt('absent.txt', (text, ok) => say('attempt:', text, ok));
checkAll('maybe.txt', (er, isFile) => say('checkAll:', er, isFile));
checkAll('absent.txt', (er, isFile) => say('checkAll:', er && er.code, isFile));
