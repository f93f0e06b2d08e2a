// unpyramid-fixture: runnable
// A wrapper in the arguments of another one's call (in an async function): the inner one is written
// first, and the outer one takes it as it is then.
const fs = require('fs');

function twice(promise, cb) {
  promise.then((text) => cb(null, text + text), cb);
}

async function doubled() {
  return new Promise((resolve, reject) =>
    twice(new Promise((res, rej) => fs.readFile('t.txt', 'utf8', (e, d) => (e ? rej(e) : res(d)))), (err, v) => (err ? reject(err) : resolve(v))),
  );
}

fs.writeFileSync('t.txt', 'ab');
doubled().then((text) => console.log(text));
