// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-call-may-throw
// `path.join(dir, ...)` throws when dir is undefined: inside the executor that was a rejection, while
// `fs.promises.readFile(path.join(dir, ...))` would throw at the call, in a function that is not async.
const fs = require('fs');
const path = require('path');

function load(dir) {
  return new Promise((resolve, reject) => {
    fs.readFile(path.join(dir, 'x.json'), 'utf8', (err, data) => {
      if (err) return reject(err);
      resolve(data);
    });
  });
}

load(undefined).catch((err) => console.log('rejected:', err.code));
console.log('after');
