// unpyramid-fixture: runnable
const fs = require('fs');
const nodefs = require('fs');
async function main() {
  await nodefs.promises.stat(__filename);
  const fs = { readFile(p, cb) { cb(null, 'from cache'); } };
  fs.readFile('anything', (err2, text) => {
    if (err2) throw err2;
    console.log(text);
  });
}
main();
fs.existsSync(__filename);
