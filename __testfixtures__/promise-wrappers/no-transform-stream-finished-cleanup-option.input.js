// unpyramid-fixture: runnable
// unpyramid-fixture: skip option-changes-promise-behaviour
// stream.finished's promise form (the twin, and promisify, which hands out the same) checks a `cleanup`
// option and removes its listeners when done; the callback form ignores it. Options that may hold it
// are left alone.
const stream = require('stream');

const source = new stream.PassThrough();
const options = { cleanup: 'yes' };

function done() {
  return new Promise((resolve, reject) => stream.finished(source, options, (err) => (err ? reject(err) : resolve())));
}

try {
  done().then(
    () => console.log('finished'),
    (err) => console.log('rejected:', err.code),
  );
} catch (err) {
  console.log('thrown at once:', err.code);
}
source.resume();
source.end('x');
