// unpyramid-fixture: skip not-in-tail-position
// `return fs.stat(...)` inside `try ... finally`: the finally runs as the function returns, before the
// callback; with the callback's code after an await inside the try, it would run after it.
var fs = require('fs');

function check(file) {
  try {
    return fs.stat(file, function (err, stats) {
      if (err) return console.log('missing');
      console.log('size', stats.size);
    });
  } finally {
    console.log('checked', file);
  }
}

check(__filename);
