// unpyramid-fixture: runnable
// Particular errors handled first (`if (err && err.code === 'ENOENT') ...`): in the catch they become
// checks of the error; without a closing `if (err)` other errors go on to the code after, as before.
import fs from 'node:fs';

function readOptional(file, cb) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err && err.code === 'ENOENT') return cb(null, '(none)');
    if (err) return cb(err);
    cb(null, text.trim());
  });
}

function removeIfThere(file, cb) {
  fs.unlink(file, function (err) {
    if (err && err.code !== 'ENOENT') return cb(err);
    cb(null, 'gone: ' + file);
  });
}

function main(file) {
  readOptional(file, function (err, text) {
    if (err) return console.log('read failed:', err.code);
    removeIfThere(file, function (err, said) {
      if (err) return console.log('remove failed:', err.code);
      console.log(file, '->', text, '|', said);
    });
  });
}

fs.writeFileSync('opt.txt', ' optional ');
main('opt.txt');
setTimeout(() => main('opt.txt'), 50);
setTimeout(() => main('.'), 100);
