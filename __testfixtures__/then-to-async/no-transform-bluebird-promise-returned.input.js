// unpyramid-fixture: runnable
// unpyramid-fixture: skip library-promise-returned
// The file's promises are bluebird's (`Promise` is bound to a library): the chain a function returns has
// `.spread`, which callers use; made async, the function would return a native promise without it.
// (A stand-in for bluebird, so the fixture runs without installing it.)
class Promise extends global.Promise {
  spread(fn) {
    return this.then((values) => fn(...values));
  }
}

function findOrCreate(name) {
  return Promise.resolve(name).then((found) => [found, true]);
}

findOrCreate('ada').spread((user, created) => console.log(user, created));
