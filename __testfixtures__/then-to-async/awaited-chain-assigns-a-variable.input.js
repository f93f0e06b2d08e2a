// unpyramid-fixture: runnable
// `v = await chain`: the value is assigned after the steps, as it was; a finally handler still sees the
// old value while it runs.
let last = 'none';

async function refresh(next) {
  last = await Promise.resolve(next)
    .then((value) => value + '!')
    .finally(() => console.log('finally sees', last));
  console.log('now', last);
}

refresh('one').then(() => refresh('two'));
