// unpyramid-fixture: runnable
const fs = require('fs');
const data = 'module-level data';
function load(p) {
  fs.readFile('/nonexistent', 'utf8', (err, data) => {
    if (err) { console.log('could not read, partial =', data); return; }
    console.log('ok');
  });
}
load();
