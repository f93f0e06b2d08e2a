// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-used-as-value
const fs = require('fs');
function step() {
  fs.stat(__filename, (err, st) => {
    if (err) throw err;
    console.log('step done');
  });
}
Promise.resolve().then(step).then(() => console.log('next step'));
