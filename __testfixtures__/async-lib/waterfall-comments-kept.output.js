// unpyramid-fixture: runnable
// Comments on tasks and in the final callback are kept: those of code written out in place stay with
// it; those of what is gone (a task's function, the callback call) go before the new block.
const fs = require('fs');

fs.writeFileSync('in.txt', 'quiet');

// Load, then shout.
// read the input
// utf8 text
// shout it
// report
void (async () => {
  let out;
  try {
    const text = await fs.promises.readFile('in.txt', 'utf8');
    const loud = text.toUpperCase(); // louder
    out = loud;
  } catch (err) {
    return console.log(err.code);
  }
  console.log(out);
})();
