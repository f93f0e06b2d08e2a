// unpyramid-fixture: runnable
const { readFile, writeFile: write } = require('fs');

// No `fs` namespace to reach fs.promises through: the bound exports go through promisify.
function copyText(from, to, cb) {
  readFile(from, 'utf8', (err, text) => {
    if (err) return cb(err);
    write(to, text.toUpperCase(), (err) => {
      if (err) return cb(err);
      cb(null, text.length);
    });
  });
}

require('fs').writeFileSync('in.txt', 'shout');
copyText('in.txt', 'out.txt', (err, n) => {
  console.log(err, n, require('fs').readFileSync('out.txt', 'utf8'));
  copyText('none.txt', 'x.txt', (err2) => console.log(err2.code));
});
