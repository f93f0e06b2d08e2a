// unpyramid-fixture: runnable
// An async task that throws: the library hands the rejection to the final callback, as the catch does.
const fs = require('fs');

fs.writeFileSync('bad.json', '{ not json');

void (async () => {
  let value;
  try {
    const text = await fs.promises.readFile('bad.json', 'utf8');
    value = await JSON.parse(text);
  } catch (err) {
    return console.log('rejected:', err.name);
  }
  console.log('parsed', value);
})();
