// unpyramid-fixture: runnable
// A module's top-level `await chain`: the steps are written at module level, as the await already held
// the module there.
const steps = [];
const list = await Promise.resolve([1, 2, 3]);
const doubled = await list.map((n) => n * 2);
steps.push('doubled');
const total = await doubled.reduce((a, b) => a + b, 0);
steps.push('total ' + total);
console.log(steps.join(', '));
