// unpyramid-fixture: runnable
// each: the iteratee on every item at once, Promise.all over the array's map.
const fs = require('fs');

const files = ['x1.tmp', 'x2.tmp', 'x3.tmp'];
for (const file of files) fs.writeFileSync(file, file);

void (async () => {
  try {
    await Promise.all(files.map(async (file) => {
      await fs.promises.unlink(file);
    }));
  } catch (err) {
    return console.log('failed', err.code);
  }
  console.log('left:', files.filter((file) => fs.existsSync(file)).length);
})();
