// unpyramid-fixture: runnable
// The seed's `.finally` example: the result passes through `finally` to the `.then` after it. A floating
// chain of two steps, so an async arrow called at once; the `finally` block runs before the value goes on.
void (async () => {
  let result;

  try {
    result = await new Promise((resolve) => setTimeout(() => resolve('value'), 20));
  } finally {
    await console.log('Promise ready');
  }

  return console.log(result);
})();
console.log('waiting');
