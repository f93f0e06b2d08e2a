// unpyramid-fixture: runnable
// A delay between two steps of a pyramid becomes an await of a promise around the global timer.
const fs = require('fs');

const { promisify, callbackify } = require('util');

function writeThenCheck(file, done) {
  callbackify(writeThenCheckAsync)(file, done);
}

async function writeThenCheckAsync(file) {
  await promisify(fs.writeFile)(file, 'first');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const text = await promisify(fs.readFile)(file, 'utf8');
  await new Promise((resolve) => setImmediate(resolve));
  fs.unlinkSync(file);
  return text;
}

writeThenCheck('delay-fixture.txt', (err, text) => console.log('read back:', err, text));
setTimeout(() => console.log('timer of the caller, 5 ms'), 5);
console.log('started');
