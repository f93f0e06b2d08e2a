// unpyramid-fixture: runnable
// parallel starts every task at once: Promise.all, with the values in the tasks' order.
const fs = require('fs');

fs.writeFileSync('a.txt', 'A');
fs.writeFileSync('b.txt', 'BB');

void (async () => {
  let results;
  try {
    results = await Promise.all([fs.promises.readFile('a.txt', 'utf8'), fs.promises.readFile('b.txt', 'utf8')]);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(results.join(' '));
})();
