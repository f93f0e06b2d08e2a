// unpyramid-fixture: runnable
const fs = require('fs');
function main() {
  fs.stat(__filename, (err) => {
    if (err) throw err;
    console.log('ok');
  }); // end of stat
}
main();
