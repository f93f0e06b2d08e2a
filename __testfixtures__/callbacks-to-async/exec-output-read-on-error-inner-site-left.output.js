// unpyramid-fixture: runnable
// unpyramid-fixture: skip values-used-on-error
const cp = require('child_process');

const { promisify } = require('util');
const shAsync = promisify(sh);

// On failure exec still passes what the command printed; after conversion it would be undefined here.
function sh(command, cb) {
  cp.exec(command, (err, stdout) => {
    if (err) return cb(new Error(`failed after printing ${JSON.stringify(stdout)}`));
    cb(null, stdout);
  });
}

void (async () => {
  let err = null;
  try {
    await shAsync('echo partial; exit 1');
  } catch (caught) {
    err = caught;
  }
  console.log(err.message);
})();
