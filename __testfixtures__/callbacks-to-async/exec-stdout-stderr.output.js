// unpyramid-fixture: runnable
const cp = require('child_process');

const { promisify, callbackify } = require('util');

// exec's promise form yields { stdout, stderr }; the callback's names are mapped onto it.
function sh(command, cb) {
  callbackify(shAsync)(command, cb);
}

async function shAsync(command) {
  const { stdout, stderr } = await promisify(cp.exec)(command);
  return `${stdout.trim()}|${stderr.trim()}`;
}

void (async () => {
  let err = null, text;
  try {
    text = await shAsync('echo out; echo err >&2');
  } catch (caught) {
    err = caught;
  }
  console.log(err, text);
  const failure = await new Promise((resolve) => sh('exit 3', resolve));
  console.log('failed with', failure.code);
})();
