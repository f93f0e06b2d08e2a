// unpyramid-fixture: runnable
// unpyramid-fixture: skip name-collision
// The handler's `total` would land in the function beside the function's own `total`, declared later
// in the same block; left alone.
async function sum(values) {
  const doubled = await Promise.resolve(values).then((list) => {
    const total = list.length;
    return list.map((v) => v * total);
  });
  const total = doubled.reduce((a, b) => a + b, 0);
  console.log(total);
}

sum([1, 2, 3]);
