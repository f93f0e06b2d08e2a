// unpyramid-fixture: skip named-callback-not-inlinable
// `fs.unlink(file, done)` hands over the function `done` holds at the call; a literal calling `done`
// would call whatever it holds when unlink finishes, and `done` is set again in between.
var fs = require('fs');

function removeAll(files, done) {
  files.forEach(function (file) {
    fs.unlink(file, done);
  });
  done = function () {
    console.log('the later function');
  };
}

removeAll(['a.txt'], function (err) {
  console.log('the first function', err && err.code);
});
