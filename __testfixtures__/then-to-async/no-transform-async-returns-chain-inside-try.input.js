// unpyramid-fixture: runnable
// unpyramid-fixture: skip chain-returned-inside-try
// `return chain` in the function's own try hands the promise out at once: its `finally` runs before
// the steps, and its `catch` never sees their errors. Written out, both would wait; left alone.
async function guarded(p) {
  try {
    return p.then((value) => {
      console.log('step', value);
      throw new Error('step failed');
    });
  } catch (err) {
    console.log('never caught here');
  } finally {
    console.log('finally first');
  }
}

guarded(Promise.resolve(1)).catch((err) => console.log('caller got', err.message));
