// unpyramid-fixture: runnable
// The pyramid async.waterfall was written to flatten: read, parse, write. Each task's value goes on
// under the next task's parameter names; several values (`cb(null, name, size)`) stay several names.
// The final callback's error branch becomes the catch.
const fs = require('fs');
const { promisify } = require('util');

fs.writeFileSync('config.json', JSON.stringify({ name: 'demo', size: 3 }));

void (async () => {
  try {
    const text = await fs.promises.readFile('config.json', 'utf8');
    const config = JSON.parse(text);
    const name = config.name;
    const size = config.size;
    await promisify(fs.writeFile)('out.txt', name.repeat(size));
  } catch (err) {
    console.log('failed:', err.message);
    return;
  }
  console.log('written:', fs.readFileSync('out.txt', 'utf8'));
})();
console.log('started');
