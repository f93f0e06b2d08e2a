// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-has-label
// A label in a handler would land beside the loop's own label of the same name; left alone.
async function scan(rows) {
  outer: for (const row of rows) {
    await Promise.resolve(row).then((cells) => {
      outer: for (const cell of cells) {
        if (cell) break outer;
      }
      console.log('row', cells.join(''));
    });
  }
}

scan([[0, 1], [0, 0]]);
