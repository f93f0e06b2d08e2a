// unpyramid-fixture: runnable
// `Promise.all([...]).then(([a, b]) => ...)`: the base is a native promise (no risk), the array pattern
// takes the settled values.
async function both(a, b) {
  const [first, second] = await Promise.all([Promise.resolve(a), Promise.resolve(b)]);
  return first + '+' + second;
}

async function fastest() {
  const winner = await Promise.race([
    new Promise((resolve) => setTimeout(() => resolve('slow'), 20)),
    new Promise((resolve) => setTimeout(() => resolve('fast'), 5)),
  ]);

  return 'winner: ' + winner;
}

function report() {
  return Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no'))]).then((results) => results.map((r) => r.status).join(','));
}

both(1, 2)
  .then(console.log)
  .then(fastest)
  .then(console.log)
  .then(report)
  .then(console.log);
