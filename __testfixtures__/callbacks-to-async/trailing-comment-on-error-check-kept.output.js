// unpyramid-fixture: runnable
const fs = require('fs');
async function main() {
  // end of stat
  await fs.promises.stat(__filename);
  console.log('ok');
}
main();
