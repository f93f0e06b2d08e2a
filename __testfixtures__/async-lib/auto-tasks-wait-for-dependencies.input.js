// unpyramid-fixture: runnable
// async.auto: the tasks without dependencies start at once; a task starts when the tasks it names
// have finished, and reads their values from the results so far.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('name.txt', 'report');

async.auto({
  name: (cb) => fs.readFile('name.txt', 'utf8', cb),
  folder: (cb) => fs.mkdir('out', { recursive: true }, cb),
  file: ['name', 'folder', (results, cb) => {
    const target = 'out/' + results.name + '.txt';
    fs.writeFile(target, 'hello', (err) => {
      if (err) return cb(err);
      cb(null, target);
    });
  }],
  size: ['file', (results, cb) => {
    fs.stat(results.file, (err, stat) => {
      if (err) return cb(err);
      cb(null, stat.size);
    });
  }],
}, (err, results) => {
  if (err) return console.log('failed', err.code);
  console.log(results.file, results.size, Object.keys(results).sort().join());
});
