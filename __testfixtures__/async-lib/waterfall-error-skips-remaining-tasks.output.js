// unpyramid-fixture: runnable
// A task fails: the tasks after it do not run, and the final callback gets the error, once.
const fs = require('fs');

void (async () => {
  let length;
  try {
    const text = await fs.promises.readFile('missing.json', 'utf8');
    console.log('never here');
    length = text.length;
  } catch (err) {
    return console.log('error:', err.code);
  }
  console.log('length:', length);
})();
