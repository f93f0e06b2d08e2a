// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

async function readConfig(name) {
  const file = path.join(process.cwd(), name);
  const text = await fs.promises.readFile(file, 'utf8');
  return JSON.parse(text);
}

fs.writeFileSync('config.json', '{"port": 8080}');
void (async () => {
  let err = null, config;
  try {
    config = await readConfig('config.json');
  } catch (caught) {
    err = caught;
  }
  console.log('ok', err, config);
  let err2 = null;
  try {
    await readConfig('missing.json');
  } catch (caught) {
    err2 = caught;
  }
  console.log('missing', err2.code);
})();
console.log('started');
