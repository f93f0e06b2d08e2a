// unpyramid-fixture: runnable
// A particular error is logged and the callback goes on to pass every error on: no try/catch shape
// runs the rest in both places, so the error is caught into a variable and the body follows as it was.
const fs = require('fs');

function load(file, cb) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err && err.code === 'ENOENT') console.log('no', file);
    if (err) return cb(err);
    cb(null, text);
  });
}


fs.writeFileSync('here.txt', 'here');
load('here.txt', (err, text) => console.log('here:', err, text));
load('gone.txt', (err) => console.log('gone:', err.code));
