// unpyramid-fixture: runnable
// mapLimit: at most two at a time, results in the input's order whichever read finishes first.
const fs = require('fs');

const { promisify } = require('util');
// At most `limit` calls of fn at a time, as async's mapLimit: results in input order, none started after an error.
async function mapLimit(collection, limit, fn) {
  const items = [...collection];
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const files = ['long.txt', 'short.txt', 'mid.txt'];
fs.writeFileSync('long.txt', 'x'.repeat(100000));
fs.writeFileSync('short.txt', 'x');
fs.writeFileSync('mid.txt', 'x'.repeat(500));

void (async () => {
  let lengths;
  try {
    lengths = await mapLimit(files, 2, async (file) => {
      const text = await promisify(fs.readFile)(file, 'utf8');
      return text.length;
    });
  } catch (err) {
    return console.log('failed');
  }
  console.log(lengths);
})();
