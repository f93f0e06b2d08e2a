// unpyramid-fixture: runnable
// unpyramid-fixture: skip custom-promisify-in-file
// The file gives a function a promisify.custom through Symbol.for: util.promisify(getThing) would call
// that. Left as written.
function getThing(id, cb) {
  setImmediate(() => cb(null, 'cb:' + id));
}
getThing[Symbol.for('nodejs.util.promisify.custom')] = (id) => Promise.resolve('custom:' + id);

function thing(id) {
  return new Promise((resolve, reject) => getThing(id, (err, value) => (err ? reject(err) : resolve(value))));
}

thing(1).then((value) => console.log(value));
