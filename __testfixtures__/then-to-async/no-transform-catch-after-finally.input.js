// unpyramid-fixture: runnable
// unpyramid-fixture: skip step-order-not-supported
// `.catch` after `.finally` also catches what the finally handler throws: a try around a try, which
// this slice does not write; left alone.
function guarded(p) {
  return p
    .finally(() => {
      throw new Error('from finally');
    })
    .catch((err) => 'caught: ' + err.message);
}

guarded(Promise.resolve('value')).then(console.log);
