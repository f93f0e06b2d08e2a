// unpyramid-fixture: runnable
// Tasks passed by name: a function of the file that takes a callback goes through util.promisify.
const async = require('async');
const fs = require('fs');

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

async.waterfall([readSettings, describe], (err, description) => {
  if (err) return console.log('failed', err.message);
  console.log(description);
});
