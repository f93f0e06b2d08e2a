// unpyramid-fixture: runnable
// whilst: the test (a task that calls back with a truth) before every run of the iteratee: a while loop.
const fs = require('fs');

fs.writeFileSync('log.txt', '');
let count = 0;

void (async () => {
  try {
    while (count < 3) {
      count++;
      await fs.promises.appendFile('log.txt', `line ${count}\n`);
    }
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(fs.readFileSync('log.txt', 'utf8').trim().split('\n'));
})();
