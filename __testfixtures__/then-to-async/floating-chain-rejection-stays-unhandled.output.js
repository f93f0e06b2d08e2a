// unpyramid-fixture: runnable
// A floating chain without `.catch` that rejects is an unhandled rejection; written as an async arrow
// called at once, the arrow's promise is the one left unhandled, with the same error.
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));

void (async () => {
  const n = await Promise.resolve(1);
  if (n > 0) throw new Error('too big: ' + n);
  const n2 = await n;
  return console.log('never', n2);
})();
console.log('code first');
