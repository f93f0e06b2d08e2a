// unpyramid-fixture: runnable
// unpyramid-fixture: skip results-used-on-error
// On an error the library still gives series the results it has so far; after an await that failed
// there are none. A final callback that reads them then is left as it is.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('part1.txt', 'one');

async.series([
  (cb) => fs.readFile('part1.txt', 'utf8', cb),
  (cb) => fs.readFile('part2.txt', 'utf8', cb),
], (err, results) => {
  if (err) console.log('failed after', results.filter(Boolean).length, 'part(s)');
  else console.log(results);
});
