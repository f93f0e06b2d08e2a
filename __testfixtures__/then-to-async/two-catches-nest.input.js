// unpyramid-fixture: runnable
// Two `.catch` steps: the second covers the first's handler and the steps between them, so its try is
// around the first's.
function pipeline(input) {
  return Promise.resolve(input)
    .then((n) => {
      if (n < 0) throw new Error('negative');
      return n;
    })
    .catch(() => 0)
    .then((n) => {
      if (n === 0) throw new Error('zero');
      return 100 / n;
    })
    .catch((err) => 'failed: ' + err.message);
}

Promise.all([pipeline(4), pipeline(-1), pipeline(0)]).then((results) => console.log(results));
