// unpyramid-fixture: runnable
// Awaited as a statement, the wrapper's value goes nowhere: the promise call needs no `.then`.
const fs = require('fs');

async function main() {
  await new Promise((resolve, reject) => {
    fs.mkdir('made', { recursive: true }, (err) => {
      if (err) return reject(err);
      resolve();
    });
  });
  console.log('exists:', fs.existsSync('made'));
}

main();
