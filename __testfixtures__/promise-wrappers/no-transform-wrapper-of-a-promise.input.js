// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-of-a-promise
// A promise wrapped in another (`p.then(resolve).catch(...)`), not a callback call: there is nothing
// for promisify here. Returning the chain itself would do; that is another rewrite, left as it is.
const fs = require('fs');

const list = (path) => {
  return new Promise((resolve, reject) => {
    fs.promises
      .readdir(path)
      .then(resolve)
      .catch((err) => {
        if (err.code === 'ENOENT') resolve(undefined);
        else reject(err);
      });
  });
};

list('.')
  .then((names) => console.log(Array.isArray(names)))
  .then(() => list('./no-such-dir'))
  .then((names) => console.log(names));
