// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

function load(name, done) {
  // The callback is named and used once: it is followed and inlined.
  fs.readFile(path.join(process.cwd(), name), 'utf8', onRead);

  function onRead(err, text) {
    if (err) return done(err);
    done(null, text.length);
  }
}

fs.writeFileSync('n.txt', 'twelve chars');
load('n.txt', (err, n) => {
  console.log(err, n);
  load('gone.txt', (err2) => console.log(err2.code));
});
