// unpyramid-fixture: skip top-level-code
const fs = require('fs');

fs.readFile('settings.json', 'utf8', (err, text) => {
  if (err) throw err;
  console.log(text);
});
console.log('executing...');
