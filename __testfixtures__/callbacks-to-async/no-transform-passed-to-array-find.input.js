// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-used-as-value
const fs = require('fs');
function check(name) {
  fs.access(__filename, (err) => {
    if (err) return;
    console.log('checked', name);
  });
}
const found = ['a'].find(check);
console.log('found:', found);
