// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-used-as-value
const fs = require('fs');
function widget() {
  fs.stat(__filename, (err) => {
    if (err) return;
    console.log('stat ok');
  });
}
const W = widget;
console.log(typeof new W());
