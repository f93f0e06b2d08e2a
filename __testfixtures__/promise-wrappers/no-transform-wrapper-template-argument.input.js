// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// A template with an expression converts the value to a string, which can throw (an object without
// a prototype has no toString). Inside the executor that was a rejection.
const fs = require('fs');

const dir = Object.create(null);

function read() {
  return new Promise((resolve, reject) => fs.readFile(`${dir}/settings.json`, (err, data) => (err ? reject(err) : resolve(data))));
}

try {
  read().then(
    () => console.log('read'),
    (err) => console.log('rejected:', err.name),
  );
} catch (err) {
  console.log('thrown at once:', err.name);
}
