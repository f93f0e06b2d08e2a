// unpyramid-fixture: runnable
const fs = require('fs');

function listDir(dir, cb) {
  fs.readdir(dir + '', (err, files) => {
    if (err) throw err;
    files = files.filter((name) => name.endsWith('.txt'));
    cb(files.sort());
  });
}

fs.writeFileSync('one.txt', '1');
fs.writeFileSync('two.md', '2');
listDir('.', (files) => console.log(files));
