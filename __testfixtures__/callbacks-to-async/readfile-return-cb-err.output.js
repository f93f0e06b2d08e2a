// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

const { callbackify } = require('util');

function readConfig(name, cb) {
  callbackify(readConfigAsync)(name, cb);
}

async function readConfigAsync(name) {
  const file = path.join(process.cwd(), name);
  const text = await fs.promises.readFile(file, 'utf8');
  return JSON.parse(text);
}

fs.writeFileSync('config.json', '{"port": 8080}');
readConfig('config.json', (err, config) => {
  console.log('ok', err, config);
  readConfig('missing.json', (err2) => {
    console.log('missing', err2.code);
  });
});
console.log('started');
