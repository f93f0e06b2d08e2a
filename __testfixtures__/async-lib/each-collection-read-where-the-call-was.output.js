// unpyramid-fixture: runnable
// Reading the collection (`cfg.files` of undefined) threw out of the call; the collection is still read
// there, as the async arrow's argument, so the caller's try catches it as before.
const fs = require('fs');
function check(cfg) {
  void (async (items) => {
    try {
      await Promise.all(items.map((item) => fs.promises.stat(item)));
    } catch (err) {
      return console.log('final err', err.message);
    }
    console.log('done');
  })(cfg.files || []);
}
try { check(undefined); } catch (e) { console.log('sync throw', e.message); }
