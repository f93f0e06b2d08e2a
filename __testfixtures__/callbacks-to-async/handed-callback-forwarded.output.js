// unpyramid-fixture: runnable
// A callback handed on as it is (`fs.unlink(file, cb)`, the caller's `cb`) converts as a literal that
// calls it as the API would: the error alone on failure, null and the values on success.
var fs = require('fs');

const { promisify, callbackify } = require('util');

async function remove(file, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  let stats;
  try {
    stats = await fs.promises.stat(file);
  } catch (err) {
    return cb(err);
  }
  if (stats.isDirectory()) return cb(new Error('a directory: ' + file));
  try {
    await fs.promises.unlink(file);
  } catch (err) {
    return cb(err);
  }
  cb(null);
}

function firstThenSecond(a, b, cb) {
  callbackify(firstThenSecondAsync)(a, b, cb);
}

async function firstThenSecondAsync(a, b) {
  const first = await promisify(fs.readFile)(a, 'utf8');
  console.log('first has', first.length);
  const data = await promisify(fs.readFile)(b, 'utf8');
  return data;
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
