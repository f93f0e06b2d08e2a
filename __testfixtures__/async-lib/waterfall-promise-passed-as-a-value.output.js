// unpyramid-fixture: risk thenable-value-awaited
// A task passes a promise as its value (`cb(null, Promise.resolve('small'))`): the library hands on the promise
// itself, an async function returning it hands on its result. The risk says so.
const fs = require('fs');
void (async () => {
  let r;
  try {
    const buf = await fs.promises.readFile(__filename);

    r = await (async (buf) => {
      if (buf.length > 1e9) return 'big';
      return Promise.resolve('small');
    })(buf);
  } catch (err) {
    return console.log('err');
  }
  console.log('ok', r);
})();
