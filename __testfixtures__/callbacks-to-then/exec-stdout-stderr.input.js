// unpyramid-fixture: runnable
const cp = require('child_process');

// exec's promise form yields { stdout, stderr }; the callback's names are mapped onto it.
function sh(command, cb) {
  cp.exec(command, (err, stdout, stderr) => {
    if (err) return cb(err);
    cb(null, `${stdout.trim()}|${stderr.trim()}`);
  });
}

sh('echo out; echo err >&2', (err, text) => {
  console.log(err, text);
  sh('exit 3', (failure) => console.log('failed with', failure.code));
});
