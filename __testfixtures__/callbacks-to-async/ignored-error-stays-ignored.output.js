// unpyramid-fixture: runnable
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

cleanup('does-not-exist.tmp', () => {
  console.log('next');
  cleanupNamed('also-missing.tmp', (tag) => console.log('done', tag));
});
