// unpyramid-fixture: runnable
const fs = require('fs');
const data = 'module-level data';
function load(p) {
  let data;
  return fs.promises.readFile('/nonexistent', 'utf8').then((result) => {
    data = result;
    console.log('ok');
  }, (err) => {
    console.log('could not read, partial =', data);
  });
}
load();
