// unpyramid-fixture: runnable
// The same wrapper returned by an async function: a throw of `path.join` there rejects the function's
// promise, as the wrapper's rejection did, so it converts.
const fs = require('fs');
const path = require('path');

async function load(dir) {
  return new Promise((resolve, reject) => {
    fs.readFile(path.join(dir, 'x.json'), 'utf8', (err, data) => {
      if (err) return reject(err);
      resolve(data);
    });
  });
}

fs.writeFileSync('x.json', '{}');
load('.').then((text) => console.log('read', text));
load(undefined).catch((err) => console.log('rejected:', err.code));
console.log('after');
