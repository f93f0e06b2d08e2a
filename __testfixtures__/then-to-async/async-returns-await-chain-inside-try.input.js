// unpyramid-fixture: runnable
// `return await chain` in the function's own try waits there, so the catch sees the steps' errors and
// the finally runs after them; written out, every return in the steps keeps that `await`.
const later = (value) => new Promise((resolve, reject) => setTimeout(() => (value instanceof Error ? reject(value) : resolve(value)), 5));

async function guarded(p) {
  try {
    return await p.then((value) => {
      console.log('step', value);
      return later(value > 1 ? new Error('too big') : 'fine');
    });
  } catch (err) {
    return 'caught ' + err.message;
  } finally {
    console.log('finally last');
  }
}

guarded(Promise.resolve(1))
  .then(console.log)
  .then(() => guarded(Promise.resolve(2)))
  .then(console.log);
