// unpyramid-fixture: runnable
// unpyramid-fixture: skip wrapper-resolves-a-later-value
// The wrapper resolves with the callback's second value; util.promisify of a function of the file
// would resolve with the first.
function pair(cb) {
  setImmediate(() => cb(null, 'first', 'second'));
}

const second = () => new Promise((resolve, reject) => pair((err, a, b) => (err ? reject(err) : resolve(b))));

second().then((value) => console.log(value));
