// unpyramid-fixture: runnable
// A task that assigns to its parameter (`text = text.trim()`): the variable the flow binds it to is a `let`.
const fs = require('fs');
void (async () => {
  let ok;
  try {
    let text = await fs.promises.readFile(__filename, 'utf8');
    text = text.trim();
    ok = text.length > 0;
  } catch (err) {
    return console.log('err', err.message);
  }
  console.log('ok', ok);
})();
