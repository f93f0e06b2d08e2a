// unpyramid-fixture: runnable
const { readFile, writeFile: write } = require('fs');

const { promisify } = require('util');

// No `fs` namespace to reach fs.promises through: the bound exports go through promisify.
async function copyText(from, to, cb) {
  let text;
  try {
    text = await promisify(readFile)(from, 'utf8');
  } catch (err) {
    return cb(err);
  }
  try {
    await promisify(write)(to, text.toUpperCase());
  } catch (err) {
    return cb(err);
  }
  cb(null, text.length);
}

require('fs').writeFileSync('in.txt', 'shout');
copyText('in.txt', 'out.txt', (err, n) => {
  console.log(err, n, require('fs').readFileSync('out.txt', 'utf8'));
  copyText('none.txt', 'x.txt', (err2) => console.log(err2.code));
});
