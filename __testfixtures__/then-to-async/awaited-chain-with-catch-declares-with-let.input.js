// unpyramid-fixture: runnable
// `const v = await chain.catch(h)`: `v` is given in the try (the steps' value) or in the catch (the
// handler's); it becomes a `let` declared before the try.
async function readSetting(source) {
  const setting = await source
    .then((raw) => {
      if (raw === '') throw new Error('empty');
      return raw.toUpperCase();
    })
    .catch((err) => 'default (' + err.message + ')');
  console.log('setting:', setting);
}

readSetting(Promise.resolve('dark'))
  .then(() => readSetting(Promise.resolve('')))
  .then(() => readSetting(Promise.reject(new Error('offline'))));
