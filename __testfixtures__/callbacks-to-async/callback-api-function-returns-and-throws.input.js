// unpyramid-fixture: runnable
// readConfig's callers in this file all convert, and its flattened body calls its callback only to
// end: it returns the value and throws the error instead, and its callers await it directly.
const fs = require('fs');

function readConfig(file, cb) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    const config = JSON.parse(text);
    if (!config.port) return cb(new Error('no port in ' + file));
    cb(null, config);
  });
}

function main(file) {
  readConfig(file, (err, config) => {
    if (err) {
      console.log('no config:', err.code || err.message);
      return;
    }
    console.log('port', config.port);
  });
}

fs.writeFileSync('config.json', '{"port": 8080}');
fs.writeFileSync('empty.json', '{}');
main('config.json');
main('empty.json');
main('missing.json');
