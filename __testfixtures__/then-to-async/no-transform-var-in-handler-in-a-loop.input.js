// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-var-in-loop
// A `var` in a handler was a new variable for each call; written into a loop body it would be one
// variable for every turn (the closure below would see the last turn's value).
async function collect(items) {
  const readers = [];
  for (const item of items) {
    await Promise.resolve(item)
      .then((value) => value * 2)
      .then((doubled) => {
        var seen = doubled;
        readers.push(() => seen);
      });
  }
  console.log(readers.map((read) => read()).join(' '));
}

collect([1, 2, 3]);
