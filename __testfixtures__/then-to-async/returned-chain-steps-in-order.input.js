// unpyramid-fixture: runnable
// A chain the function returns: each step's value is awaited in turn, the last step's return is the
// function's.
const fs = require('fs');

function readPort(file) {
  return fs.promises.readFile(file, 'utf8')
    .then((text) => JSON.parse(text))
    .then((config) => {
      const port = Number(config.port);
      return port + 1;
    });
}

fs.writeFileSync('config.json', '{"port": "8080"}');
readPort('config.json').then((port) => console.log('next port', port));
readPort('missing.json').catch((err) => console.log('failed', err.code));
