// unpyramid-fixture: runnable
// until: the loop runs until the test says so; the test is itself asynchronous here.
const fs = require('fs');

const names = ['a.txt', 'b.txt', 'c.txt'];
fs.writeFileSync('c.txt', 'found');
let index = -1;

void (async () => {
  try {
    while (!(await (async () => {
      if (index < 0) return false;
      let err = null;
      try {
        await fs.promises.access(names[index]);
      } catch (caught) {
        err = caught;
      }
      return !err;
    })())) {
      index++;
    }
  } catch (err) {
    return console.log('failed');
  }
  console.log('first present:', names[index]);
})();
