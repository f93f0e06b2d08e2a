// unpyramid-fixture: runnable
// The library awaits a task that is an async function: it is called with the values, its result goes on.
const fs = require('fs');

fs.writeFileSync('name.txt', 'world');

void (async () => {
  let message;
  try {
    const name = await fs.promises.readFile('name.txt', 'utf8');
    const greeting = await `hello ${name}`;
    message = greeting + '!';
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(message);
})();
