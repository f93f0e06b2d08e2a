// unpyramid-fixture: runnable
const fs = require('fs');

const { callbackify } = require('util');

function readOrDefault(file, fallback, cb) {
  callbackify(readOrDefaultAsync)(file, fallback, cb);
}

async function readOrDefaultAsync(file, fallback) {
  let text;
  try {
    text = await fs.promises.readFile('./' + file, 'utf8');
  } catch (err) {
    console.log('could not read', file, err.code);
    return fallback;
  }
  return text;
}

fs.writeFileSync('present.txt', 'here');
readOrDefault('present.txt', 'dflt', (e, v) => {
  console.log(v);
  readOrDefault('absent.txt', 'dflt', (e2, v2) => console.log(v2));
});
