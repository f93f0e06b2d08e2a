// unpyramid-fixture: runnable
// unpyramid-fixture: risk object-results-in-key-order
// parallel with an object: every task at once, the results under the same keys. The library adds the
// keys as the tasks finish; the rewrite in the tasks' order (the risk says so).
const fs = require('fs');

fs.writeFileSync('left.txt', 'L');
fs.writeFileSync('right.txt', 'R');

void (async () => {
  let results;
  try {
    const [left, right] = await Promise.all([fs.promises.readFile('left.txt', 'utf8'), fs.promises.readFile('right.txt', 'utf8')]);

    results = {
      left,
      right
    };
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(results.left + results.right);
})();
