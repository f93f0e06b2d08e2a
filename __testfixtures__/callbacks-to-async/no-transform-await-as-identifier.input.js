// unpyramid-fixture: runnable
// unpyramid-fixture: skip await-used-as-identifier
const fs = require('fs');
function main() {
  var await = 'x';
  console.log(await);
  fs.stat(__filename, (err) => {
    if (err) throw err;
    console.log('ok');
  });
}
main();
