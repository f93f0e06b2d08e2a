// unpyramid-fixture: runnable
// An awaited chain as the body of a braceless `if`: its statements go in a block of their own.
async function maybe(flag) {
  let result = 'skipped';
  if (flag) {
    const value = await Promise.resolve(flag);
    const value2 = value + 1;
    result = 'got ' + value2;
  }
  console.log(result);
}

maybe(1).then(() => maybe(0));
