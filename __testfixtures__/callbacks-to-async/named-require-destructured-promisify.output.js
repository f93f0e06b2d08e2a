// unpyramid-fixture: runnable
const { readFile, writeFile: write } = require('fs');

const { promisify } = require('util');

// No `fs` namespace to reach fs.promises through: the bound exports go through promisify.
async function copyText(from, to) {
  const text = await promisify(readFile)(from, 'utf8');
  await promisify(write)(to, text.toUpperCase());
  return text.length;
}

require('fs').writeFileSync('in.txt', 'shout');
void (async () => {
  let err = null, n;
  try {
    n = await copyText('in.txt', 'out.txt');
  } catch (caught) {
    err = caught;
  }
  console.log(err, n, require('fs').readFileSync('out.txt', 'utf8'));
  let err2 = null;
  try {
    await copyText('none.txt', 'x.txt');
  } catch (caught) {
    err2 = caught;
  }
  console.log(err2.code);
})();
