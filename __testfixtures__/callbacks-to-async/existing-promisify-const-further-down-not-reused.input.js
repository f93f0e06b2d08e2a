// unpyramid-fixture: runnable
const fs = require('fs');
const util = require('util');

fs.open(__filename, 'r', (err, fd) => {
  if (err) return console.log('open failed:', err.message);
  console.log('fd', typeof fd);
});

// newer code below already uses promises
const openP = util.promisify(fs.open);
// (it prints at exit: the two opens finish in either order)
openP(__dirname, 'r').then((fd) => process.on('exit', () => console.log('dir fd', typeof fd)));
