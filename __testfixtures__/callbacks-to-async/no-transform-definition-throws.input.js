// unpyramid-fixture: runnable
// unpyramid-fixture: skip definition-throws
// getData throws before it returns: promisify would turn the throw into a rejection the caller handles.
function getData(x, cb) {
  if (typeof x !== 'number') throw new TypeError('x must be a number');
  setImmediate(() => cb(null, x));
}

function main() {
  getData(1, function (err, value) {
    if (err) return console.log('E', err.message);
    console.log('got', value);
  });
}
main();
