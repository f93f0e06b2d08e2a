// unpyramid-fixture: runnable
// `Promise` here is the file's own, not the global one: no promise wrapper to rewrite.
const fs = require('fs');

class Promise {
  constructor(executor) {
    executor((value) => console.log('resolved', typeof value), (err) => console.log('rejected', err.code));
  }
}

new Promise((resolve, reject) => fs.stat(__filename, (err, stats) => (err ? reject(err) : resolve(stats))));
