// unpyramid-fixture: runnable
// unpyramid-fixture: risk thrown-value-may-not-be-an-error
// An async task that throws what a name holds: an Error here, as usual; the library would wrap a
// string in an Error, the rewrite would not, so the site carries a risk.
const async = require('async');
const fs = require('fs');

async.waterfall([
  async () => {
    try {
      return await fs.promises.readFile('missing.txt', 'utf8');
    } catch (error) {
      console.log('read failed');
      throw error;
    }
  },
  async (text) => text.length,
], (err, length) => {
  if (err) return console.log('failed:', err.code);
  console.log(length);
});
