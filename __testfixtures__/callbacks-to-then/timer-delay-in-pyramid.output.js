// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes a link returning `delay(ms)` from timers/promises.
const fs = require('fs');

const { promisify, callbackify } = require('util');
const { setTimeout: delay, setImmediate: setImmediatePromise } = require('timers/promises');

function writeThenCheck(file, done) {
  callbackify(writeThenCheckAsync)(file, done);
}

function writeThenCheckAsync(file) {
  let text;
  return promisify(fs.writeFile)(file, 'first').then(() => {
    return delay(20);
  }).then(() => {
    return promisify(fs.readFile)(file, 'utf8');
  }).then((result) => {
    text = result;
    return setImmediatePromise();
  }).then(() => {
    fs.unlinkSync(file);
    return text;
  });
}

writeThenCheck('delay-fixture.txt', (err, text) => console.log('read back:', err, text));
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
