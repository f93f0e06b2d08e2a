// unpyramid-fixture: runnable
// map with a failing item: the error reaches the final callback, which does not read the results then.
const fs = require('fs');
const { promisify } = require('util');

fs.writeFileSync('ok.json', '{"ok":true}');

void (async () => {
  let parsed;
  try {
    parsed = await Promise.all(['ok.json', 'gone.json'].map(async (file) => {
      const text = await promisify(fs.readFile)(file, 'utf8');
      return JSON.parse(text);
    }));
  } catch (err) {
    console.log('failed on', err.path);
    return;
  }
  console.log(parsed);
})();
