// unpyramid-fixture: runnable
// A module's top-level `await chain`: the steps are written at module level, as the await already held
// the module there.
const steps = [];
const total = await Promise.resolve([1, 2, 3])
  .then((list) => list.map((n) => n * 2))
  .then((doubled) => {
    steps.push('doubled');
    return doubled.reduce((a, b) => a + b, 0);
  });
steps.push('total ' + total);
console.log(steps.join(', '));
