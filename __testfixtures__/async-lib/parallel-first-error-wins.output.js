// unpyramid-fixture: runnable
// Two tasks fail: the final callback gets one error, once; the other task still runs to its end.
const fs = require('fs');

void (async () => {
  try {
    await Promise.all([fs.promises.readFile('missing-one'), fs.promises.stat('.')]);
  } catch (err) {
    return console.log('failed with', err.code);
  }
  console.log('both done');
})();
