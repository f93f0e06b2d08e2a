// unpyramid-fixture: runnable
// A floating chain without `.catch` that rejects is an unhandled rejection; written as an async arrow
// called at once, the arrow's promise is the one left unhandled, with the same error.
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));

Promise.resolve(1)
  .then((n) => {
    if (n > 0) throw new Error('too big: ' + n);
    return n;
  })
  .then((n) => console.log('never', n));
console.log('code first');
