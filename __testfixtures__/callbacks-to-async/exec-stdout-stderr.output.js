// unpyramid-fixture: runnable
const cp = require('child_process');

const { promisify } = require('util');

// exec's promise form yields { stdout, stderr }; the callback's names are mapped onto it.
async function sh(command, cb) {
  let stdout, stderr;
  try {
    ({ stdout, stderr } = await promisify(cp.exec)(command));
  } catch (err) {
    return cb(err);
  }
  cb(null, `${stdout.trim()}|${stderr.trim()}`);
}

sh('echo out; echo err >&2', (err, text) => {
  console.log(err, text);
  sh('exit 3', (failure) => console.log('failed with', failure.code));
});
