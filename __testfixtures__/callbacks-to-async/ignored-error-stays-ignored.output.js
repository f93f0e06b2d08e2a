// unpyramid-fixture: runnable
// unpyramid-fixture: risk error-was-ignored
const fs = require('fs');

async function cleanup(file, done) {
  try {
    await fs.promises.unlink(file + '');
  } catch {}
  console.log('cleanup finished');
  done();
}

async function cleanupNamed(file, done) {
  try {
    await fs.promises.unlink(String(file) + '');
  } catch {}
  done('second');
}

void (async () => {
  await new Promise((resolve) => cleanup('does-not-exist.tmp', resolve));
  console.log('next');
  const tag = await new Promise((resolve) => cleanupNamed('also-missing.tmp', resolve));
  console.log('done', tag);
})();
