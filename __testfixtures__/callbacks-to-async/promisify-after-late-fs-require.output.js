// unpyramid-fixture: runnable
const { promisify, callbackify } = require('util');
console.log('starting');
const fs = require('fs');

function size(file, cb) {
  callbackify(sizeAsync)(file, cb);
}

async function sizeAsync(file) {
  const data = await promisify(fs.readFile)(file);
  return data.length;
}

fs.writeFileSync('s.txt', '12345');
size('s.txt', (err, n) => console.log(err, n));
