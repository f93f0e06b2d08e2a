// unpyramid-fixture: runnable
// unpyramid-fixture: risk collection-assumed-array
// `async.map(options.files, ...)` with no `files`: the library reads a missing (any falsy) collection
// as empty and calls back with []; the rewrite reads it the same way, `options.files || []`.
const async = require('async');
const fs = require('fs');

function loadAll(options, callback) {
  async.map(options.files, function (file, cb) {
    fs.readFile(file, 'utf8', cb);
  }, function (err, texts) {
    if (err) return callback(err);
    callback(null, texts);
  });
}

fs.writeFileSync('a.txt', 'A');
loadAll({}, (err, texts) => console.log('none:', err, texts));
loadAll({ files: null }, (err, texts) => console.log('null:', err, texts));
loadAll({ files: ['a.txt'] }, (err, texts) => console.log('one:', err, texts));
