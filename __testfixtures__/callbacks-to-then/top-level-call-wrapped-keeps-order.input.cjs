// unpyramid-fixture: runnable
const fs = require('fs');
fs.writeFileSync('settings.json', '{}');

fs.readFile('settings.json', 'utf8', (err, text) => {
  if (err) throw err;
  console.log(text);
});
console.log('executing...');
