// unpyramid-fixture: runnable
// `const v = await chain.catch(h)`: `v` is given in the try (the steps' value) or in the catch (the
// handler's); it becomes a `let` declared before the try.
async function readSetting(source) {
  let setting;

  try {
    const raw = await source;
    if (raw === '') throw new Error('empty');
    setting = await raw.toUpperCase();
  } catch (err) {
    setting = 'default (' + err.message + ')';
  }

  console.log('setting:', setting);
}

void (async () => {
  await readSetting(Promise.resolve('dark'));
  await readSetting(Promise.resolve(''));
  return readSetting(Promise.reject(new Error('offline')));
})();
