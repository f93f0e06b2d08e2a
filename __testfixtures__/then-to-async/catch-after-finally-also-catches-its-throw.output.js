// unpyramid-fixture: runnable
// `.catch` after `.finally` also catches what the finally handler throws: a try around the try that
// `.finally` becomes, the value passed through it in a variable.
async function guarded(p) {
  try {
    let value;

    try {
      value = await p;
    } finally {
      throw new Error('from finally');
    }

    return value;
  } catch (err) {
    return 'caught: ' + err.message;
  }
}

guarded(Promise.resolve('value')).then(console.log);
