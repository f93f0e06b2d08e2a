// unpyramid-fixture: runnable
// The callback is one conditional: `return err ? onError : onSuccess`. What it returned went nowhere
// (fs ignores it), so it reads as `if (err) { onError; return; } onSuccess`.
const fs = require('fs');

function show(file) {
  fs.stat(file, (err, stats) => {
    return err ? console.log('failed:', err.code) : console.log('size:', stats.size);
  });
}

fs.writeFileSync('five.txt', '12345');
show('five.txt');
setTimeout(function () {
  show('none.txt');
}, 20);
