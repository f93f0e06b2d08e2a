// unpyramid-fixture: runnable
// eachSeries: one item after another, a for...of with the iteratee's body in it.
const fs = require('fs');

const lines = ['one', 'two', 'three'];
fs.writeFileSync('log.txt', '');

void (async () => {
  try {
    for (const line of lines) {
      await fs.promises.appendFile('log.txt', line + '\n');
    }
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(fs.readFileSync('log.txt', 'utf8').trim().split('\n').join(','));
})();
