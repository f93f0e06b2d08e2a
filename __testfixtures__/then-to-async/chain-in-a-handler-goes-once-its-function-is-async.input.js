// unpyramid-fixture: runnable
// A chain returned on one path of a handler is refused while the handler is a plain function (another
// path returns a value at once); once the outer chain is written out, that code is in an async function,
// where it goes through too. All in one run, so a second run has nothing left to do.
const wait = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 1));

const prepare = (input, fast) => Promise.resolve().then(() => {
  if (!input) throw new Error('input required');
  if (fast) {
    return wait(input).then(() => 'fast ' + input);
  }
  return 'slow ' + input;
});

prepare('a', true)
  .then(console.log)
  .then(() => prepare('b', false))
  .then(console.log)
  .then(() => prepare('', true))
  .catch((err) => console.log('error:', err.message));
