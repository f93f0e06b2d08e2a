// unpyramid-fixture: runnable
const fs = require('fs');

async function readOrDefault(file, fallback, cb) {
  let text;
  try {
    text = await fs.promises.readFile('./' + file, 'utf8');
  } catch (err) {
    console.log('could not read', file, err.code);
    return cb(null, fallback);
  }
  cb(null, text);
}

fs.writeFileSync('present.txt', 'here');
readOrDefault('present.txt', 'dflt', (e, v) => {
  console.log(v);
  readOrDefault('absent.txt', 'dflt', (e2, v2) => console.log(v2));
});
