// unpyramid-fixture: runnable
// readConfig's callers in this file all convert, and its flattened body calls its callback only to
// end: it returns the value and throws the error instead, and its callers chain on it directly.
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
      lines.push(file + ' no config: ' + (err.code || err.message));
      return;
    }
    lines.push(file + ' port ' + config.port);
  });
}

// The three reads finish in any order: what they found is printed at exit, sorted.
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
fs.writeFileSync('config.json', '{"port": 8080}');
fs.writeFileSync('empty.json', '{}');
main('config.json');
main('empty.json');
main('missing.json');
