// unpyramid-fixture: runnable
const fs = require('fs');
fs.writeFileSync('settings.json', '{}');

void (async () => {
  const text = await fs.promises.readFile('settings.json', 'utf8');
  console.log(text);
})();
console.log('executing...');
