// unpyramid-fixture: runnable
// Inside a function the promisified form becomes `fs.promises.stat`, where it was.
const fs = require('fs');
const { promisify } = require('util');

function sizeOf(file) {
  const stat = promisify(fs.stat);
  return stat(file).then((stats) => stats.size);
}

fs.writeFileSync('s.txt', 'size');
sizeOf('s.txt').then((size) => console.log(size));
