// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-has-directive
const fs = require('fs');
function main() {
  fs.stat(__filename, (err) => {
    'use strict';
    if (err) throw err;
    try { leaked = 1; console.log('sloppy: created a global'); }
    catch (e) { console.log('strict:', e.constructor.name); }
  });
}
main();
