// unpyramid-fixture: runnable
// unpyramid-fixture: skip caller-catches-sync-errors
const fs = require('fs');
function cleanup(p) {
  fs.unlink(p, () => {
    console.log('cleanup done');
  });
}
try { cleanup(undefined); } catch (e) { console.log('caught', e.code); }
