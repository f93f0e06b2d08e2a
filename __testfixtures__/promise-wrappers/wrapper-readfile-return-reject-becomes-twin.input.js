// unpyramid-fixture: runnable
// `new Promise` around fs.readFile that only settles with its outcome: the path is a string literal,
// so fs.promises.readFile takes it alike and the wrapper becomes that call.
const fs = require('fs');

function readData() {
  return new Promise((resolve, reject) => {
    fs.readFile('data.txt', 'utf8', (err, data) => {
      if (err) return reject(err);
      resolve(data);
    });
  });
}

function readMissing() {
  return new Promise((resolve, reject) => {
    fs.readFile('missing.txt', (err, data) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(data);
    });
  });
}

fs.writeFileSync('data.txt', 'some data');
readData().then((text) => console.log('read:', text));
readMissing().catch((err) => console.log('missing:', err.code));
