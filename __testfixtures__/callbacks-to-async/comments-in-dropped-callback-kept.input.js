const fs = require('fs');
function main() {
  fs.unlink('./nothing-here', /* best effort */ () => {
    // ignore errors: the file may already be gone
  });
}
main();
