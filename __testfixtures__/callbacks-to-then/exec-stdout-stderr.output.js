// unpyramid-fixture: runnable
const cp = require('child_process');

const { promisify, callbackify } = require('util');

// exec's promise form yields { stdout, stderr }; the callback's names are mapped onto it.
function sh(command, cb) {
  callbackify(shAsync)(command, cb);
}

function shAsync(command) {
  return promisify(cp.exec)(command).then(({ stdout, stderr }) => {
    return `${stdout.trim()}|${stderr.trim()}`;
  });
}

void (() => {
  let err = null, text;
  return shAsync('echo out; echo err >&2').then((result) => {
    text = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(err, text);
    return new Promise((resolve) => sh('exit 3', resolve));
  }).then((failure) => {
    console.log('failed with', failure.code);
  });
})();
