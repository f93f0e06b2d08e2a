// unpyramid-fixture: runnable
// The callback is one conditional: `return err ? onError : onSuccess`. What it returned went nowhere
// (fs ignores it), so it reads as `if (err) { onError; return; } onSuccess`.
const fs = require('fs');

async function show(file) {
  let stats;
  try {
    stats = await fs.promises.stat(file);
  } catch (err) {
    console.log('failed:', err.code);
    return;
  }
  console.log('size:', stats.size);
}

fs.writeFileSync('five.txt', '12345');
show('five.txt');
setTimeout(function () {
  show('none.txt');
}, 20);
