// unpyramid-fixture: runnable
const fs = require('fs');
const nodefs = require('fs');
function main() {
  nodefs.stat(__filename, (err, st) => {
    if (err) throw err;
    const fs = { readFile(p, cb) { cb(null, 'from cache'); } };
    fs.readFile('anything', (err2, text) => {
      if (err2) throw err2;
      console.log(text);
    });
  });
}
main();
fs.existsSync(__filename);
