// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

async function load(name, done) {
  // The callback is named and used once: it is followed and inlined.
  let text;
  try {
    text = await fs.promises.readFile(path.join(process.cwd(), name), 'utf8');
  } catch (err) {
    return done(err);
  }
  done(null, text.length);
}

fs.writeFileSync('n.txt', 'twelve chars');
load('n.txt', (err, n) => {
  console.log(err, n);
  load('gone.txt', (err2) => console.log(err2.code));
});
