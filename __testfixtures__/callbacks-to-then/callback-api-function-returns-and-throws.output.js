// unpyramid-fixture: runnable
// readConfig's callers in this file all convert, and its flattened body calls its callback only to
// end: it returns the value and throws the error instead, and its callers chain on it directly.
const fs = require('fs');

const { promisify } = require('util');

function readConfig(file) {
  return promisify(fs.readFile)(file, 'utf8').then((text) => {
    const config = JSON.parse(text);
    if (!config.port)
      throw new Error('no port in ' + file);
    return config;
  });
}

function main(file) {
  return readConfig(file).then((config) => {
    lines.push(file + ' port ' + config.port);
  }, (err) => {
    lines.push(file + ' no config: ' + (err.code || err.message));
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
