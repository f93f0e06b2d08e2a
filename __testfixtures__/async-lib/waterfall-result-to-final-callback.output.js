// unpyramid-fixture: runnable
// The last task's value is the final callback's: declared before the try, assigned at its end.
const fs = require('fs');

fs.writeFileSync('numbers.txt', '1 2 3 4');

void (async () => {
  let total;
  try {
    const text = await fs.promises.readFile('numbers.txt', 'utf8');
    const numbers = text.split(' ').map(Number);
    total = numbers.reduce((sum, n) => sum + n, 0);
  } catch (err) {
    return console.error(err);
  }
  console.log('total', total);
})();
