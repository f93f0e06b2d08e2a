// unpyramid-fixture: runnable
console.log('starting');
const fs = require('fs');

const { promisify } = require('util');
const readFileAsync = promisify(fs.readFile);

async function size(file, cb) {
  let data;
  try {
    data = await readFileAsync(file);
  } catch (err) {
    return cb(err);
  }
  cb(null, data.length);
}

fs.writeFileSync('s.txt', '12345');
size('s.txt', (err, n) => console.log(err, n));
