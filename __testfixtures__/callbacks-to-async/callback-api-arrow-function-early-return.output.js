// unpyramid-fixture: runnable
// A callback-API arrow function with an early `return cb(null, x)` and a final `cb()`.
const fs = require('fs');

const sizeOrNothing = async (file) => {
  const stats = await fs.promises.stat(file);
  if (stats.size > 0) return stats.size;
};

async function report(file) {
  let size;
  try {
    size = await sizeOrNothing(file);
  } catch (err) {
    console.log(file, 'failed:', err.code);
    return;
  }
  console.log(file, size === undefined ? 'empty' : 'non-empty');
}

fs.writeFileSync('empty.txt', '');
report('empty.txt');
