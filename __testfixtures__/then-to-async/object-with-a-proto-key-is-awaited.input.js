// unpyramid-fixture: runnable
// An object literal is no thenable unless a `then` or a `__proto__` key can give it one: with
// `__proto__: thenable`, the step's value is still awaited (the promise adopted it).
const thenable = { then(resolve) { resolve('adopted'); } };

function adopt() {
  return Promise.resolve()
    .then(() => ({ __proto__: thenable }))
    .then((v) => (typeof v === 'string' ? v : 'object'));
}

adopt().then(console.log);
