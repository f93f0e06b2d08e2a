// unpyramid-fixture: runnable
// unpyramid-fixture: risk collection-assumed-array
// `async.map(options.files, ...)` with no `files`: the library reads a missing (any falsy) collection
// as empty and calls back with []; the rewrite reads it the same way, `options.files || []`.
const fs = require('fs');
const { promisify } = require('util');

function loadAll(options, callback) {
  void (async (items) => {
    let texts;
    try {
      texts = await Promise.all(items.map(async (file) => {
        return await promisify(fs.readFile)(file, 'utf8');
      }));
    } catch (err) {
      return callback(err);
    }
    callback(null, texts);
  })(options.files || []);
}

fs.writeFileSync('a.txt', 'A');
loadAll({}, (err, texts) => console.log('none:', err, texts));
loadAll({ files: null }, (err, texts) => console.log('null:', err, texts));
loadAll({ files: ['a.txt'] }, (err, texts) => console.log('one:', err, texts));
