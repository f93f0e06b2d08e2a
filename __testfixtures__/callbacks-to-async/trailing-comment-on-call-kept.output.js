// unpyramid-fixture: runnable
const fs = require('fs');
async function main() {
  // cannot happen
  await fs.promises.stat(__filename);
  console.log('ok');
}
main();
