// unpyramid-fixture: runnable
// A TypeScript function of the file whose `done` callback takes a value first: the promise gets the
// callback parameter's type, so what follows the await keeps its types.
function nextId(prefix: string, done: (id: string) => void): void {
  setTimeout(() => done(prefix + '-' + 42), 5);
}

function label(prefix: string): void {
  nextId(prefix, (id: string) => {
    console.log('id:', id.toUpperCase());
  });
}

label('user');
console.log('asked');
