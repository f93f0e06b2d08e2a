// unpyramid-fixture: runnable
// `function` literals and an if/else. fs.mkdir's promise resolves with the path it made, where the
// wrapper resolved with nothing: `.then(() => {})` keeps the value undefined.
const fs = require('fs');

function makeDir(dir) {
  return new Promise(function (resolve, reject) {
    fs.mkdir(dir, { recursive: true }, function (error) {
      if (error) reject(error);
      else resolve();
    });
  });
}

makeDir('out/deep/er').then((value) => {
  console.log('made, resolved with', value, fs.existsSync('out/deep/er'));
});
