// unpyramid-fixture: runnable
// each: the iteratee on every item at once, Promise.all over the array's map.
const async = require('async');
const fs = require('fs');

const files = ['x1.tmp', 'x2.tmp', 'x3.tmp'];
for (const file of files) fs.writeFileSync(file, file);

async.each(files, function (file, callback) {
  fs.unlink(file, callback);
}, function (err) {
  if (err) return console.log('failed', err.code);
  console.log('left:', files.filter((file) => fs.existsSync(file)).length);
});
