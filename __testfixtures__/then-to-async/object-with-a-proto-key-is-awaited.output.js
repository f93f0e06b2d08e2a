// unpyramid-fixture: runnable
// An object literal is no thenable unless a `then` or a `__proto__` key can give it one: with
// `__proto__: thenable`, the step's value is still awaited (the promise adopted it).
const thenable = { then(resolve) { resolve('adopted'); } };

async function adopt() {
  await Promise.resolve();
  const v = await { __proto__: thenable };
  return (typeof v === 'string' ? v : 'object');
}

adopt().then(console.log);
