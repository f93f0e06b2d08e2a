// unpyramid-fixture: runnable
// One item fails: the final callback gets its error, once; the other items were started all the same.
const fs = require('fs');

fs.writeFileSync('present.txt', 'here');
const files = ['present.txt', 'absent.txt', 'present.txt'];

void (async () => {
  try {
    await Promise.all(files.map((async (file) => {
      await fs.promises.access(file);
    })));
  } catch (err) {
    return console.log('missing:', err.path);
  }
  console.log('all there');
})();
