// unpyramid-fixture: runnable
// `return fs.readFile(file, cb)` in the middle of a function: an fs API returns nothing, so the function
// ends there either way; after the await, the callback's code runs and the function returns, as before.
var fs = require('fs');

const { promisify } = require('util');

async function summary(file, short) {
  if (short) {
    let stats;
    try {
      stats = await fs.promises.stat(file);
    } catch (err) {
      return console.log('no stats for', file);
    }
    console.log(file, 'has', stats.size, 'bytes');
    return;
  }
  console.log('reading', file);
  let text;
  try {
    text = await promisify(fs.readFile)(file, 'utf8');
  } catch (err) {
    return console.log('no text for', file);
  }
  console.log(file, 'says', text.trim());
}

fs.writeFileSync('r.txt', 'hello there\n');
summary('r.txt', true);
setTimeout(() => summary('r.txt', false), 20);
setTimeout(() => summary('none.txt', true), 40);
