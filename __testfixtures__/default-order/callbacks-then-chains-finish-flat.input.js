// unpyramid-fixture: runnable
// Both transforms in the default order on code that mixes callbacks and promise chains:
// callbacks-to-async turns the fs callbacks into awaits, then-to-async the chains that are left.
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), 'unpyramid-mixed-' + process.pid + '.json');

function parseLater(text) {
  return new Promise((resolve) => setTimeout(() => resolve(JSON.parse(text)), 1));
}

function report(done) {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) {
      console.log('no config:', err.code);
      return done();
    }
    parseLater(text)
      .then((config) => config.port)
      .then((port) => {
        console.log('port', port);
        done();
      });
  });
}

fs.writeFileSync(file, '{"port": 8080}');
report(() => {
  fs.unlinkSync(file);
  report(() => console.log('done'));
});
