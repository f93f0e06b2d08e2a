// unpyramid-fixture: runnable
// retry with a number of times: after the last attempt fails, the final callback gets that error.
const fs = require('fs');

let tries = 0;

void (async () => {
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        tries++;
        await fs.promises.readFile(`missing-${tries}.txt`);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
  } catch (err) {
    return console.log('gave up after', tries, 'tries:', err.path);
  }
  console.log('read');
})();
