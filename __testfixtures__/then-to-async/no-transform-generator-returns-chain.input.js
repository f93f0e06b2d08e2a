// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-is-generator
// A generator cannot be made async without changing what it yields; left alone.
function* pages() {
  yield 1;
  return Promise.resolve(2).then((n) => n + 1);
}

const it = pages();
console.log(it.next().value);
it.next().value.then((n) => console.log('returned', n));
