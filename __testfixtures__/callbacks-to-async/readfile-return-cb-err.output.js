// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

async function readConfig(name, cb) {
  const file = path.join(process.cwd(), name);
  let text;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    return cb(err);
  }
  cb(null, JSON.parse(text));
}

fs.writeFileSync('config.json', '{"port": 8080}');
readConfig('config.json', (err, config) => {
  console.log('ok', err, config);
  readConfig('missing.json', (err2) => {
    console.log('missing', err2.code);
  });
});
console.log('started');
