// unpyramid-fixture: runnable
// The promise's type comes from what the function's callback type says it passes: `number | undefined`
// for an optional parameter, the value's own type when the callback literal takes none.
function maybeCount(done: (n?: number) => void): void {
  setTimeout(() => done(3), 5);
}

function count(done: (n: number) => void): void {
  setTimeout(() => done(7), 5);
}

function show(): void {
  maybeCount((n?: number) => {
    console.log('maybe', n);
    count(() => {
      console.log('counted');
    });
  });
}

show();
