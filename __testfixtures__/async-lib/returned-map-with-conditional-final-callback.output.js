// unpyramid-fixture: runnable
// `return async.map(..., function (err, objs) { return err ? callback(err) : callback(null, ...) })`:
// the library returned nothing there, as `return void (async () => ...)()` does; the conditional is the
// error check. (nconf's loadFiles is written so.)
const fs = require('fs');
const { promisify } = require('util');

function parseFile(file, next) {
  fs.readFile(file, function (err, data) {
    return !err ? next(null, JSON.parse(data.toString())) : next(err);
  });
}

function loadFiles(files, callback) {
  return void (async (items) => {
    let objs;
    try {
      objs = await Promise.all(items.map((file) => promisify(parseFile)(file)));
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, Object.assign({}, ...objs));
  })(files || []);
}

fs.writeFileSync('a.json', '{"a":1}');
fs.writeFileSync('b.json', '{"b":2}');
console.log('returned', loadFiles(['a.json', 'b.json'], (err, merged) => console.log(err ? err.code : merged)));
setTimeout(() => loadFiles(['a.json', 'nope.json'], (err, merged) => console.log(err ? err.code : merged)), 30);
