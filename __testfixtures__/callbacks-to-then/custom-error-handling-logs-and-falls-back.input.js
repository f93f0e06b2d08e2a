// unpyramid-fixture: runnable
const fs = require('fs');

function readOrDefault(file, fallback, cb) {
  fs.readFile('./' + file, 'utf8', (err, text) => {
    if (err) {
      console.log('could not read', file, err.code);
      return cb(null, fallback);
    }
    cb(null, text);
  });
}

fs.writeFileSync('present.txt', 'here');
readOrDefault('present.txt', 'dflt', (e, v) => {
  console.log(v);
  readOrDefault('absent.txt', 'dflt', (e2, v2) => console.log(v2));
});
