// unpyramid-fixture: runnable
// An ES module importing the library: the import goes with the last use, the twin comes through the
// module's own fs import.
import async from 'async';
import fs from 'fs';

fs.writeFileSync('version.txt', '3.2.6\n');

async.waterfall([
  (cb) => fs.readFile('version.txt', 'utf8', cb),
  (text, cb) => cb(null, text.trim().split('.').map(Number)),
], (err, parts) => {
  if (err) return console.log('failed', err.message);
  console.log('major', parts[0]);
});
