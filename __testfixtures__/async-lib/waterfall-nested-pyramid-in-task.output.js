// unpyramid-fixture: runnable
// A task that is itself a small pyramid (stat, then read): callbacks-to-async flattens it, then its
// calls of the callback become returns and throws.
const fs = require('fs');

fs.writeFileSync('notes.md', '# notes\nsome text\n');

void (async () => {
  let summary;
  try {
    const [sizeValue, textValue] = await (async () => {
      const stats = await fs.promises.stat('notes.md');
      const text = await fs.promises.readFile('notes.md', 'utf8');
      return [stats.size, text];
    })();

    summary = await (async (size, text) => {
      return `${text.split('\n')[0]} (${size} bytes)`;
    })(sizeValue, textValue);
  } catch (err) {
    return console.log('failed:', err.code);
  }
  console.log(summary);
})();
