// unpyramid-fixture: runnable
// A callback handed on as it is (`fs.unlink(file, cb)`, the caller's `cb`) converts as a literal that
// calls it as the API would: the error alone on failure, null and the values on success.
var fs = require('fs');

function remove(file, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  fs.stat(file, function (err, stats) {
    if (err) return cb(err);
    if (stats.isDirectory()) return cb(new Error('a directory: ' + file));
    fs.unlink(file, cb);
  });
}

function firstThenSecond(a, b, cb) {
  fs.readFile(a, 'utf8', function (err, first) {
    if (err) return cb(err);
    console.log('first has', first.length);
    fs.readFile(b, 'utf8', cb);
  });
}

fs.writeFileSync('one.txt', 'one');
fs.writeFileSync('two.txt', 'second');
fs.mkdirSync('dir', { recursive: true });
remove('one.txt', function (err) {
  console.log('removed one:', err ? err.code : 'ok', arguments.length);
  remove('one.txt', {}, function (err) {
    console.log('again:', err ? err.code : 'ok');
    remove('dir', function (err) {
      console.log('dir:', err ? err.message : 'ok');
      firstThenSecond('two.txt', 'two.txt', function (err, text) {
        console.log('second:', err ? err.code : text, arguments.length);
        firstThenSecond('two.txt', 'none.txt', function (err, text) {
          console.log('second:', err ? err.code : text, arguments.length);
        });
      });
    });
  });
});
