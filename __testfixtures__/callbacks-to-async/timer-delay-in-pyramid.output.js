// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes `await delay(ms)` from timers/promises.
const fs = require('fs');

const { promisify } = require('util');
const { setTimeout: delay, setImmediate: setImmediatePromise } = require('timers/promises');

async function writeThenCheck(file, done) {
  try {
    await promisify(fs.writeFile)(file, 'first');
  } catch (err) {
    return done(err);
  }
  await delay(20);
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    return done(err);
  }
  await setImmediatePromise();
  fs.unlinkSync(file);
  done(null, text);
}

writeThenCheck('delay-fixture.txt', (err, text) => console.log('read back:', err, text));
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
