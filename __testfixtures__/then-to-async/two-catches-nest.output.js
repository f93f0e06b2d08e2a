// unpyramid-fixture: runnable
// Two `.catch` steps: the second covers the first's handler and the steps between them, so its try is
// around the first's.
async function pipeline(input) {
  try {
    let n2;

    try {
      const n = await Promise.resolve(input);
      if (n < 0) throw new Error('negative');
      n2 = await n;
    } catch {
      n2 = 0;
    }

    if (n2 === 0) throw new Error('zero');
    return 100 / n2;
  } catch (err) {
    return 'failed: ' + err.message;
  }
}

Promise.all([pipeline(4), pipeline(-1), pipeline(0)]).then((results) => console.log(results));
