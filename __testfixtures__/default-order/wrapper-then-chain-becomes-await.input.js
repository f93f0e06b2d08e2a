// unpyramid-fixture: runnable
// All transforms in the default order: promise-wrappers first turns the hand-written wrapper into the
// promise API (fs.promises.readFile, an async function: it cannot throw before its promise), and
// then-to-async then writes the chain built on it with await.
const fs = require('fs');

function readPort() {
  return new Promise((resolve, reject) => {
    fs.readFile('config.json', 'utf8', (err, text) => {
      if (err) return reject(err);
      resolve(text);
    });
  })
    .then((text) => JSON.parse(text))
    .then((config) => config.port);
}

readPort().catch((err) => console.log('error', err.code));
setTimeout(() => {
  fs.writeFileSync('config.json', '{"port": 8080}');
  readPort().then((port) => console.log('port', port));
}, 20);
