// unpyramid-fixture: runnable
const fs = require('fs');
fs.writeFileSync('settings.json', '{}');

void fs.promises.readFile('settings.json', 'utf8').then((text) => {
  console.log(text);
});
console.log('executing...');
