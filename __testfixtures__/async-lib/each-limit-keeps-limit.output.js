// unpyramid-fixture: runnable
// eachLimit keeps its limit: a small helper of the file runs at most that many at a time.
const fs = require('fs');

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

let running = 0;
let most = 0;
const items = [1, 2, 3, 4, 5, 6, 7];

void (async () => {
  try {
    await mapLimit(items, 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await fs.promises.readFile(__filename);
      running--;
    });
  } catch (err) {
    return console.log('failed');
  }
  console.log('at most', most, 'at a time');
})();
