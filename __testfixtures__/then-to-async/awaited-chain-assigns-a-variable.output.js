// unpyramid-fixture: runnable
// `v = await chain`: the value is assigned after the steps, as it was; a finally handler still sees the
// old value while it runs.
let last = 'none';

async function refresh(next) {
  let value2;

  try {
    const value = await Promise.resolve(next);
    value2 = value + '!';
  } finally {
    await console.log('finally sees', last);
  }

  last = value2;
  console.log('now', last);
}

refresh('one').then(() => refresh('two'));
