// unpyramid-fixture: runnable
// The error is read in ways no try/catch shape matches (logged, then tested again in an expression):
// fs calls back with `null` as the error on success, so the error is caught into a variable that
// starts as null, and the whole callback body follows in the next link, unchanged.
const fs = require('fs');

const { promisify } = require('util');

function attempt(file, cb) {
  let err = null, text;
  return promisify(fs.readFile)(file, 'utf8').then((result) => {
    text = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    if (err) console.log('missing', file);
    cb(err ? null : text.trim(), err === null);
  });
}
module.exports = attempt;

function checkAll(file, cb) {
  let er = null, stats;
  return fs.promises.stat(file).then((result) => {
    stats = result;
  }, (caught) => {
    er = caught;
  }).then(() => {
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
