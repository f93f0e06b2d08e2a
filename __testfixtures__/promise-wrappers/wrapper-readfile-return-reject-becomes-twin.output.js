// unpyramid-fixture: runnable
// `new Promise` around fs.readFile that only settles with its outcome: the path is a string literal,
// so fs.promises.readFile takes it alike and the wrapper becomes that call.
const fs = require('fs');

function readData() {
  return fs.promises.readFile('data.txt', 'utf8');
}

function readMissing() {
  return fs.promises.readFile('missing.txt');
}

fs.writeFileSync('data.txt', 'some data');
readData().then((text) => console.log('read:', text));
readMissing().catch((err) => console.log('missing:', err.code));
