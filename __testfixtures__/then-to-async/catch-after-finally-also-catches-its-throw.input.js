// unpyramid-fixture: runnable
// `.catch` after `.finally` also catches what the finally handler throws: a try around the try that
// `.finally` becomes, the value passed through it in a variable.
function guarded(p) {
  return p
    .finally(() => {
      throw new Error('from finally');
    })
    .catch((err) => 'caught: ' + err.message);
}

guarded(Promise.resolve('value')).then(console.log);
