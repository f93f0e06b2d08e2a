// unpyramid-fixture: runnable
// `return async.map(..., function (err, objs) { return err ? callback(err) : callback(null, ...) })`:
// the library returned nothing there, as `return void (async () => ...)()` does; the conditional is the
// error check. (nconf's loadFiles is written so.)
const async = require('async');
const fs = require('fs');

function parseFile(file, next) {
  fs.readFile(file, function (err, data) {
    return !err ? next(null, JSON.parse(data.toString())) : next(err);
  });
}

function loadFiles(files, callback) {
  return async.map(files, parseFile, function (err, objs) {
    return err ? callback(err) : callback(null, Object.assign({}, ...objs));
  });
}

fs.writeFileSync('a.json', '{"a":1}');
fs.writeFileSync('b.json', '{"b":2}');
console.log('returned', loadFiles(['a.json', 'b.json'], (err, merged) => console.log(err ? err.code : merged)));
setTimeout(() => loadFiles(['a.json', 'nope.json'], (err, merged) => console.log(err ? err.code : merged)), 30);
