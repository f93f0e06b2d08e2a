// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes a link returning a promise around the global timer.
const fs = require('fs');

const { promisify } = require('util');

function writeThenCheck(file) {
  let text;
  return promisify(fs.writeFile)(file, 'first').then(() => {
    return new Promise((resolve) => setTimeout(resolve, 20));
  }).then(() => {
    return promisify(fs.readFile)(file, 'utf8');
  }).then((result) => {
    text = result;
    return new Promise((resolve) => setImmediate(resolve));
  }).then(() => {
    fs.unlinkSync(file);
    return text;
  });
}

void (() => {
  let err = null, text;
  return writeThenCheck('delay-fixture.txt').then((result) => {
    text = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('read back:', err, text);
  });
})();
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
