// unpyramid-fixture: runnable
// Reading the collection (`cfg.files` of undefined) threw out of the call; the collection is still read
// there, as the async arrow's argument, so the caller's try catches it as before.
const async = require('async');
const fs = require('fs');
function check(cfg) {
  async.each(cfg.files, fs.stat, (err) => {
    if (err) return console.log('final err', err.message);
    console.log('done');
  });
}
try { check(undefined); } catch (e) { console.log('sync throw', e.message); }
