// unpyramid-fixture: runnable
const fs = require('fs');

const { callbackify } = require('util');

function readOrDefault(file, fallback, cb) {
  callbackify(readOrDefaultAsync)(file, fallback, cb);
}

function readOrDefaultAsync(file, fallback) {
  return fs.promises.readFile('./' + file, 'utf8').then((text) => {
    return text;
  }, (err) => {
    console.log('could not read', file, err.code);
    return fallback;
  });
}

fs.writeFileSync('present.txt', 'here');
readOrDefault('present.txt', 'dflt', (e, v) => {
  console.log(v);
  readOrDefault('absent.txt', 'dflt', (e2, v2) => console.log(v2));
});
