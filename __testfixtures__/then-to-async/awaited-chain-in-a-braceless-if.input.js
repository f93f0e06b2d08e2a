// unpyramid-fixture: runnable
// An awaited chain as the body of a braceless `if`: its statements go in a block of their own.
async function maybe(flag) {
  let result = 'skipped';
  if (flag)
    result = await Promise.resolve(flag)
      .then((value) => value + 1)
      .then((value) => 'got ' + value);
  console.log(result);
}

maybe(1).then(() => maybe(0));
