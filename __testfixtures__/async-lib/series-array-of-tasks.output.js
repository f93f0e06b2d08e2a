// unpyramid-fixture: runnable
// series runs tasks one after another and gives their values in an array, in the tasks' order.
const fs = require('fs');

fs.writeFileSync('one.txt', 'first');
fs.writeFileSync('two.txt', 'second');

void (async () => {
  let results;
  try {
    results = [await fs.promises.readFile('one.txt', 'utf8'), await fs.promises.readFile('two.txt', 'utf8')];
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(results);
})();
