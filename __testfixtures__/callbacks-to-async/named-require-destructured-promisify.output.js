// unpyramid-fixture: runnable
const { readFile, writeFile: write } = require('fs');

const { promisify, callbackify } = require('util');

// No `fs` namespace to reach fs.promises through: the bound exports go through promisify.
function copyText(from, to, cb) {
  callbackify(copyTextAsync)(from, to, cb);
}

async function copyTextAsync(from, to) {
  const text = await promisify(readFile)(from, 'utf8');
  await promisify(write)(to, text.toUpperCase());
  return text.length;
}

require('fs').writeFileSync('in.txt', 'shout');
void (async () => {
  let err = null, n;
  try {
    n = await copyTextAsync('in.txt', 'out.txt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, n, require('fs').readFileSync('out.txt', 'utf8'));
  copyText('none.txt', 'x.txt', (err2) => console.log(err2.code));
})();
