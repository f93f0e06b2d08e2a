// unpyramid-fixture: runnable
const fs = require('fs');
const file = __filename;
function main() {
  fs.stat(__filename, (err, st) => {
    if (err) throw err;
    const file = fs.openSync(__filename, 'r');
    fs.readFile(file, 'utf8', (err2, text) => {
      if (err2) { console.log('read failed:', err2.code); return; }
      console.log('read', text.length === st.size);
    });
  });
}
main();
