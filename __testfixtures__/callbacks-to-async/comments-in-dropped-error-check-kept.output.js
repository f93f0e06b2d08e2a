// unpyramid-fixture: runnable
const fs = require('fs');
async function main() {
  // TODO(jane): wrap this with the request id before rethrowing
  const buf = await fs.promises.readFile(__filename);
  console.log(buf.length > 0);
}
main();
