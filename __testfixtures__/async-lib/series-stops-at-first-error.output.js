// unpyramid-fixture: runnable
// A task of series fails: the ones after it never start, the final callback gets the error.
const fs = require('fs');

void (async () => {
  try {
    console.log('first runs');
    await fs.promises.stat('.');
    await fs.promises.readFile('no-such-file');
    console.log('never runs');
  } catch (err) {
    return console.log('stopped:', err.code);
  }
  console.log('all done');
})();
