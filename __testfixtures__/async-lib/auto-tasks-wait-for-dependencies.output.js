// unpyramid-fixture: runnable
// async.auto: the tasks without dependencies start at once; a task starts when the tasks it names
// have finished, and reads their values from the results so far.
const fs = require('fs');

fs.writeFileSync('name.txt', 'report');

void (async () => {
  let results;
  try {
    results = {};

    const name = (async () => {
      results.name = await fs.promises.readFile('name.txt', 'utf8');
    })();

    const folder = (async () => {
      results.folder = await fs.promises.mkdir('out', { recursive: true });
    })();

    const file = (async () => {
      await Promise.all([name, folder]);
      const target = 'out/' + results.name + '.txt';
      await fs.promises.writeFile(target, 'hello');
      results.file = target;
    })();

    const size = (async () => {
      await Promise.all([file]);
      const stat = await fs.promises.stat(results.file);
      results.size = stat.size;
    })();

    await Promise.all([name, folder, file, size]);
  } catch (err) {
    return console.log('failed', err.code);
  }
  console.log(results.file, results.size, Object.keys(results).sort().join());
})();
