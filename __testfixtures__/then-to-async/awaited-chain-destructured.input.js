// unpyramid-fixture: runnable
// `const { a, b } = await chain`: the pattern takes the last step's value.
async function pair() {
  const { low, high } = await Promise.all([Promise.resolve(3), Promise.resolve(9)]).then(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
  const [first] = await Promise.resolve(['x', 'y']).then((list) => list.reverse());
  console.log(low, high, first);
}

pair();
