// unpyramid-fixture: runnable
console.log('starting');
const fs = require('fs');

function size(file, cb) {
  fs.readFile(file, (err, data) => {
    if (err) return cb(err);
    cb(null, data.length);
  });
}

fs.writeFileSync('s.txt', '12345');
size('s.txt', (err, n) => console.log(err, n));
