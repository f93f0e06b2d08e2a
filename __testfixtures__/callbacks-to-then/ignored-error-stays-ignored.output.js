// unpyramid-fixture: runnable
// unpyramid-fixture: risk error-was-ignored
const fs = require('fs');

function cleanup(file, done) {
  return fs.promises.unlink(file + '').catch(() => {}).then(() => {
    console.log('cleanup finished');
    done();
  });
}

function cleanupNamed(file, done) {
  return fs.promises.unlink(String(file) + '').catch(() => {}).then(() => {
    done('second');
  });
}

void new Promise((resolve) => cleanup('does-not-exist.tmp', resolve)).then(() => {
  console.log('next');
  return new Promise((resolve) => cleanupNamed('also-missing.tmp', resolve));
}).then((tag) => {
  console.log('done', tag);
});
