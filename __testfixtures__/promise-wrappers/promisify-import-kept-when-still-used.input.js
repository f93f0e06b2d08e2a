// unpyramid-fixture: runnable
// promisify still serves a function of the file: its import stays.
const fs = require('fs');
const { promisify } = require('util');

function twice(n, cb) {
  setImmediate(() => cb(null, n * 2));
}

const unlink = promisify(fs.unlink);
const twiceAsync = promisify(twice);

fs.writeFileSync('gone.txt', '');
unlink('gone.txt').then(() => twiceAsync(4)).then((n) => console.log(n, fs.existsSync('gone.txt')));
