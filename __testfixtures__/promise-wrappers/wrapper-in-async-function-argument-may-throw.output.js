// unpyramid-fixture: runnable
// The same wrapper returned by an async function: a throw of `path.join` there rejects the function's
// promise, as the wrapper's rejection did, so it converts.
const fs = require('fs');
const path = require('path');

async function load(dir) {
  return fs.promises.readFile(path.join(dir, 'x.json'), 'utf8');
}

fs.writeFileSync('x.json', '{}');
load('.').then((text) => console.log('read', text));
load(undefined).catch((err) => console.log('rejected:', err.code));
console.log('after');
