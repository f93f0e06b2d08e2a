// unpyramid-fixture: runnable
// An ES module importing the library: the import goes with the last use, the twin comes through the
// module's own fs import.
import fs from 'fs';

fs.writeFileSync('version.txt', '3.2.6\n');

void (async () => {
  let parts;
  try {
    const text = await fs.promises.readFile('version.txt', 'utf8');
    parts = text.trim().split('.').map(Number);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log('major', parts[0]);
})();
