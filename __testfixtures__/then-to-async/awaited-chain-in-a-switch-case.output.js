// unpyramid-fixture: runnable
// `const v = await chain` in a `case`: the steps are written into the case, and `v` is still declared
// there for the code after it (with a `.catch`, as a `let` before the try).
async function describe(kind, source) {
  switch (kind) {
    case 'size':
      const text = await source;
      const size = await text.length;
      console.log('size', size);
      break;
    case 'upper':
      let upper;

      try {
        const text2 = await source;
        upper = await text2.toUpperCase();
      } catch {
        upper = '?';
      }

      console.log('upper', upper);
      break;
  }
}

void (async () => {
  await describe('size', Promise.resolve('abc'));
  await describe('upper', Promise.resolve('abc'));
  return describe('upper', Promise.reject(new Error('x')));
})();
