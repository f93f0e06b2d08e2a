// unpyramid-fixture: runnable
// A task that assigns to its parameter (`text = text.trim()`): the variable the flow binds it to is a `let`.
const async = require('async');
const fs = require('fs');
async.waterfall([
  (cb) => fs.readFile(__filename, 'utf8', cb),
  (text, cb) => { text = text.trim(); cb(null, text.length > 0); },
], (err, ok) => {
  if (err) return console.log('err', err.message);
  console.log('ok', ok);
});
