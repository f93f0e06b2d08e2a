// unpyramid-fixture: runnable
// Awaited as a statement, the wrapper's value goes nowhere: the promise call needs no `.then`.
const fs = require('fs');

async function main() {
  await fs.promises.mkdir('made', { recursive: true });
  console.log('exists:', fs.existsSync('made'));
}

main();
