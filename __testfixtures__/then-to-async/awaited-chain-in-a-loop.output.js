// unpyramid-fixture: runnable
// A chain awaited in a loop body: its names are the block's, new each turn, as the handler's were.
async function sumAll(ids) {
  let sum = 0;
  for (const id of ids) {
    const n = await Promise.resolve(id);
    const scaled = n * 10;
    const bonus = scaled > 10 ? 1 : 0;
    const value = scaled + bonus;
    sum += value;
  }
  return sum;
}

sumAll([1, 2, 3]).then((total) => console.log('total', total));
