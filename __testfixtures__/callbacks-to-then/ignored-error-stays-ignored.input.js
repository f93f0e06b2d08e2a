// unpyramid-fixture: runnable
// unpyramid-fixture: risk error-was-ignored
const fs = require('fs');

function cleanup(file, done) {
  fs.unlink(file + '', () => {
    console.log('cleanup finished');
    done();
  });
}

function cleanupNamed(file, done) {
  fs.unlink(String(file) + '', (err) => {
    done('second');
  });
}

cleanup('does-not-exist.tmp', () => {
  console.log('next');
  cleanupNamed('also-missing.tmp', (tag) => console.log('done', tag));
});
