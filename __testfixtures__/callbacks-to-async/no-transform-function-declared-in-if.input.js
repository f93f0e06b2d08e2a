// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-declared-in-block
const fs = require('fs');
if (true) function report() {
  fs.stat(__filename, (err) => {
    if (err) throw err;
    console.log('ok');
  });
}
report();
