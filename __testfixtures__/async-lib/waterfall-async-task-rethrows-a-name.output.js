// unpyramid-fixture: runnable
// unpyramid-fixture: risk thrown-value-may-not-be-an-error
// An async task that throws what a name holds: an Error here, as usual; the library would wrap a
// string in an Error, the rewrite would not, so the site carries a risk.
const fs = require('fs');

void (async () => {
  let length;
  try {
    const text = await (async () => {
      try {
        return await fs.promises.readFile('missing.txt', 'utf8');
      } catch (error) {
        console.log('read failed');
        throw error;
      }
    })();

    length = await text.length;
  } catch (err) {
    return console.log('failed:', err.code);
  }
  console.log(length);
})();
