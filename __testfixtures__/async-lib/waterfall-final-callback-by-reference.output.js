// unpyramid-fixture: runnable
// A function that hands its own callback to the waterfall: the callback is called with the error, or
// with null and the last value, once, as the library did.
const fs = require('fs');
const { promisify } = require('util');

function loadLength(file, callback) {
  void (async () => {
    let result;
    try {
      const text = await promisify(fs.readFile)(file, 'utf8');
      result = text.length;
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  })();
}

fs.writeFileSync('a.txt', 'abcdef');
loadLength('a.txt', (err, length) => console.log('a.txt:', err ? err.code : length));
setTimeout(() => loadLength('missing.txt', (err, length) => console.log('missing.txt:', err ? err.code : length)), 20);
