// unpyramid-fixture: runnable
// A particular error is logged and the callback goes on to pass every error on: no try/catch shape
// runs the rest in both places, so the error is caught into a variable and the body follows as it was.
const fs = require('fs');

const { promisify } = require('util');
const loadAsync = promisify(load);

function load(file, cb) {
  void (async () => {
    let err = null, text;
    try {
      text = await promisify(fs.readFile)(file, 'utf8');
    } catch (caught) {
      err = caught;
    }
    if (err && err.code === 'ENOENT') console.log('no', file);
    if (err) return cb(err);
    cb(null, text);
  })();
}


fs.writeFileSync('here.txt', 'here');
void (async () => {
  let err = null, text;
  try {
    text = await loadAsync('here.txt');
  } catch (caught) {
    err = caught;
  }
  console.log('here:', err, text);
})();
void (async () => {
  let err = null;
  try {
    await loadAsync('gone.txt');
  } catch (caught) {
    err = caught;
  }
  console.log('gone:', err.code);
})();
