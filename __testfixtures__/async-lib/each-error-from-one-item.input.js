// unpyramid-fixture: runnable
// One item fails: the final callback gets its error, once; the other items were started all the same.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('present.txt', 'here');
const files = ['present.txt', 'absent.txt', 'present.txt'];

async.each(files, (file, cb) => {
  fs.access(file, cb);
}, (err) => {
  if (err) return console.log('missing:', err.path);
  console.log('all there');
});
