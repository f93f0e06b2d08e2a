// unpyramid-fixture: runnable
// The path is a parameter, which may be a file descriptor: fs.promises.readFile would not take a number,
// so the wrapper becomes util.promisify(fs.readFile), which does.
const fs = require('fs');

function read(file) {
  return new Promise((resolve, reject) => {
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) return reject(err);
      resolve(text);
    });
  });
}

fs.writeFileSync('t.txt', 'by path');
const fd = fs.openSync('t.txt', 'r');
read('t.txt')
  .then((text) => console.log(text))
  .then(() => read(fd))
  .then((text) => console.log('by fd:', text));
