// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-may-be-constructor
// A capitalised function may be called with `new`, which an async function refuses; left alone.
function Loader(name) {
  return Promise.resolve(name).then((n) => ({ n }));
}

Loader('x').then((out) => console.log(out.n));
