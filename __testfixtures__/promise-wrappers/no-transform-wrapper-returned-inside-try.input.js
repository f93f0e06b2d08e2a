// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// An async function returns the wrapper from inside `try`: `p.name` throws when p is null, and the
// executor made that a rejection the caller sees. `return fs.promises.readFile(p.name)` would throw
// there instead, into the `catch`, and the function would resolve with its fallback.
const fs = require('fs');

async function read(p) {
  try {
    return new Promise((resolve, reject) => fs.readFile(p.name, (err, data) => (err ? reject(err) : resolve(data))));
  } catch (err) {
    console.log('caught inside:', err.name);
    return 'fallback';
  }
}

read(null).then(
  (value) => console.log('value:', value),
  (err) => console.log('rejected:', err.name),
);
