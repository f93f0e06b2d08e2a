// unpyramid-fixture: skip not-in-tail-position
// `return fs.stat(...)` inside `for...of` closes the iterator as it returns, before the callback; with
// the callback's code after an await, the iterator would close after it.
var fs = require('fs');

function* paths() {
  try {
    yield __filename;
  } finally {
    console.log('iterator closed');
  }
}

function first(cb) {
  for (var p of paths()) {
    return fs.stat(p, function (err, st) {
      if (err) return cb(err);
      cb(null, st.isFile());
    });
  }
}

first(function (err, isFile) {
  console.log('is a file', isFile);
});
