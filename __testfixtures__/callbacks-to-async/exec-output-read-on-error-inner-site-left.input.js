// unpyramid-fixture: runnable
// unpyramid-fixture: skip values-used-on-error
const cp = require('child_process');

// On failure exec still passes what the command printed; after conversion it would be undefined here.
function sh(command, cb) {
  cp.exec(command, (err, stdout) => {
    if (err) return cb(new Error(`failed after printing ${JSON.stringify(stdout)}`));
    cb(null, stdout);
  });
}

sh('echo partial; exit 1', (err) => console.log(err.message));
