// unpyramid-fixture: runnable
// map with a failing item: the error reaches the final callback, which does not read the results then.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('ok.json', '{"ok":true}');

async.map(['ok.json', 'gone.json'], (file, cb) => {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}, (err, parsed) => {
  if (err) {
    console.log('failed on', err.path);
    return;
  }
  console.log(parsed);
});
