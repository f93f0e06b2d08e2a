// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes `await delay(ms)` from timers/promises.
const fs = require('fs');

const { promisify, callbackify } = require('util');
const { setTimeout: delay, setImmediate: setImmediatePromise } = require('timers/promises');

function writeThenCheck(file, done) {
  callbackify(writeThenCheckAsync)(file, done);
}

async function writeThenCheckAsync(file) {
  await promisify(fs.writeFile)(file, 'first');
  await delay(20);
  const text = await promisify(fs.readFile)(file, 'utf8');
  await setImmediatePromise();
  fs.unlinkSync(file);
  return text;
}

writeThenCheck('delay-fixture.txt', (err, text) => console.log('read back:', err, text));
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
