// unpyramid-fixture: runnable
// unpyramid-fixture: skip option-changes-promise-behaviour
// stream.finished's promise form (its stream/promises twin and promisify alike) validates a `cleanup`
// option at once and removes its listeners when done; the callback form ignores the option. With
// options that may hold it, the callback stays.
const stream = require('stream');

function watch(source, options) {
  stream.finished(source, options, (err) => {
    if (err) {
      console.log('failed:', err.code);
      return;
    }
    console.log('finished');
  });
}

const source = new stream.PassThrough();
try {
  watch(source, { cleanup: 'yes' });
} catch (err) {
  console.log('thrown at once:', err.code);
}
source.resume();
source.end('x');
