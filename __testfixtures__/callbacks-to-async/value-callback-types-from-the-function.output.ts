// unpyramid-fixture: runnable
// The promise's type comes from what the function's callback type says it passes: `number | undefined`
// for an optional parameter, the value's own type when the callback literal takes none.
function maybeCount(done: (n?: number) => void): void {
  setTimeout(() => done(3), 5);
}

function count(done: (n: number) => void): void {
  setTimeout(() => done(7), 5);
}

async function show(): Promise<void> {
  const n: number | undefined = await new Promise<number | undefined>((resolve) => maybeCount(resolve));
  console.log('maybe', n);
  await new Promise<number>((resolve) => count(resolve));
  console.log('counted');
}

show();
