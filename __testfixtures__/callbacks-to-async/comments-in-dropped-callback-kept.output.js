const fs = require('fs');
async function main() {
  /* best effort */
  // ignore errors: the file may already be gone
  try {
    await fs.promises.unlink('./nothing-here');
  } catch {}
}
main();
