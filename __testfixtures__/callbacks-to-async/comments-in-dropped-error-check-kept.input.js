// unpyramid-fixture: runnable
const fs = require('fs');
function main() {
  fs.readFile(__filename, (err, buf) => {
    if (err) {
      // TODO(jane): wrap this with the request id before rethrowing
      throw err;
    }
    console.log(buf.length > 0);
  });
}
main();
