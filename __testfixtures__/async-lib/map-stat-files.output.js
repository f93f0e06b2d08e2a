// unpyramid-fixture: runnable
// map keeps the input's order whatever order the calls finish in; a core API by name is its twin.
const fs = require('fs');

fs.writeFileSync('small.txt', 'a');
fs.writeFileSync('large.txt', 'abcdefghij');

void (async () => {
  let stats;
  try {
    stats = await Promise.all(['small.txt', 'large.txt'].map((item) => fs.promises.stat(item)));
  } catch (err) {
    return console.log('failed', err.code);
  }
  console.log(stats.map((s) => s.size));
})();
