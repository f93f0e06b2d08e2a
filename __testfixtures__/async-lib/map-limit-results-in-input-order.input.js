// unpyramid-fixture: runnable
// mapLimit: at most two at a time, results in the input's order whichever read finishes first.
const async = require('async');
const fs = require('fs');

const files = ['long.txt', 'short.txt', 'mid.txt'];
fs.writeFileSync('long.txt', 'x'.repeat(100000));
fs.writeFileSync('short.txt', 'x');
fs.writeFileSync('mid.txt', 'x'.repeat(500));

async.mapLimit(files, 2, (file, cb) => {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text.length);
  });
}, (err, lengths) => {
  if (err) return console.log('failed');
  console.log(lengths);
});
