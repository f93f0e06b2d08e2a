// unpyramid-fixture: runnable
const { promisify } = require('util');
console.log('starting');
const fs = require('fs');

async function size(file, cb) {
  let data;
  try {
    data = await promisify(fs.readFile)(file);
  } catch (err) {
    return cb(err);
  }
  cb(null, data.length);
}

fs.writeFileSync('s.txt', '12345');
size('s.txt', (err, n) => console.log(err, n));
