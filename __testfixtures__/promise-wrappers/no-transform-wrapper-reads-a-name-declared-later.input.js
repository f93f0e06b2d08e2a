// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// `file` is a `const` declared after the call that runs the wrapper: reading it throws a
// ReferenceError (its temporal dead zone). The executor made that a rejection; the twin called
// directly would throw it at the caller.
const fs = require('fs');

function read() {
  return new Promise((resolve, reject) => fs.readFile(file, 'utf8', (err, data) => (err ? reject(err) : resolve(data))));
}

try {
  read().then(
    (text) => console.log('read', text.length),
    (err) => console.log('rejected:', err.name),
  );
} catch (err) {
  console.log('thrown at once:', err.name);
}
const file = __filename;
