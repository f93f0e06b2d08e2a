// unpyramid-fixture: runnable
// Tasks passed by name: a function of the file that takes a callback goes through util.promisify.
const fs = require('fs');
const { promisify } = require('util');

function readSettings(cb) {
  fs.readFile('settings.json', 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, JSON.parse(text));
  });
}

function describe(settings, cb) {
  cb(null, `${settings.theme} theme, ${settings.fontSize}px`);
}

fs.writeFileSync('settings.json', JSON.stringify({ theme: 'dark', fontSize: 14 }));

void (async () => {
  let description;
  try {
    const value = await promisify(readSettings)();
    description = await promisify(describe)(value);
  } catch (err) {
    return console.log('failed', err.message);
  }
  console.log(description);
})();
