// unpyramid-fixture: runnable
// A wrapper in the arguments of another one's call (in an async function): the inner one is written
// first, and the outer one takes it as it is then.
const fs = require('fs');

const { promisify } = require('util');

function twice(promise, cb) {
  promise.then((text) => cb(null, text + text), cb);
}

async function doubled() {
  return promisify(twice)(fs.promises.readFile('t.txt', 'utf8'));
}

fs.writeFileSync('t.txt', 'ab');
doubled().then((text) => console.log(text));
