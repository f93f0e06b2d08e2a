// unpyramid-fixture: runnable
// unpyramid-fixture: skip library-promise-returned
// The file replaces the global Promise with one that has `.tap`: the wrapper's promise is that one, a
// promise API's would be native. Left as written.
const fs = require('fs');

global.Promise = class extends Promise {
  tap(f) {
    return this.then((value) => (f(value), value));
  }
};

new Promise((resolve, reject) => fs.stat(__filename, (err, stats) => (err ? reject(err) : resolve(stats)))).tap((stats) => console.log('file:', stats.isFile()));
