// unpyramid-fixture: runnable
// A task that is itself a small pyramid (stat, then read): callbacks-to-async flattens it, then its
// calls of the callback become returns and throws.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('notes.md', '# notes\nsome text\n');

async.waterfall([
  function (cb) {
    fs.stat('notes.md', function (err, stats) {
      if (err) return cb(err);
      fs.readFile('notes.md', 'utf8', function (err, text) {
        if (err) return cb(err);
        cb(null, stats.size, text);
      });
    });
  },
  function (size, text, cb) {
    cb(null, `${text.split('\n')[0]} (${size} bytes)`);
  },
], function (err, summary) {
  if (err) return console.log('failed:', err.code);
  console.log(summary);
});
