// unpyramid-fixture: runnable
// `const { a, b } = await chain`: the pattern takes the last step's value.
async function pair() {
  const [a, b] = await Promise.all([Promise.resolve(3), Promise.resolve(9)]);
  const { low, high } = { low: Math.min(a, b), high: Math.max(a, b) };
  const list = await Promise.resolve(['x', 'y']);
  const [first] = await list.reverse();
  console.log(low, high, first);
}

pair();
