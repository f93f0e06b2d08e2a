// unpyramid-fixture: runnable
const fs = require('fs');

async function listDir(dir, cb) {
  let files = await fs.promises.readdir(dir + '');
  files = files.filter((name) => name.endsWith('.txt'));
  cb(files.sort());
}

fs.writeFileSync('one.txt', '1');
fs.writeFileSync('two.md', '2');
listDir('.', (files) => console.log(files));
