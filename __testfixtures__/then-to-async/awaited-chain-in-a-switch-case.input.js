// unpyramid-fixture: runnable
// `const v = await chain` in a `case`: the steps are written into the case, and `v` is still declared
// there for the code after it (with a `.catch`, as a `let` before the try).
async function describe(kind, source) {
  switch (kind) {
    case 'size':
      const size = await source.then((text) => text.length);
      console.log('size', size);
      break;
    case 'upper':
      const upper = await source.then((text) => text.toUpperCase()).catch(() => '?');
      console.log('upper', upper);
      break;
  }
}

describe('size', Promise.resolve('abc'))
  .then(() => describe('upper', Promise.resolve('abc')))
  .then(() => describe('upper', Promise.reject(new Error('x'))));
