// unpyramid-fixture: runnable
// retry: the task again after an error, `times` attempts in all, a timer between them; the final
// callback gets the last error or the value.
const fs = require('fs');

let attempts = 0;

void (async () => {
  let text;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        attempts++;
        if (attempts < 3)
          throw new Error(`attempt ${attempts} failed`);
        text = await fs.promises.readFile(__filename, 'utf8');
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  } catch (err) {
    return console.log('gave up:', err.message);
  }
  console.log('succeeded after', attempts, 'attempts:', text.length > 0);
})();
