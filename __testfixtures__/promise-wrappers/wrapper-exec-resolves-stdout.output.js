// unpyramid-fixture: runnable
// exec's promise yields `{ stdout, stderr }`; the wrapper resolved with stdout alone, so the new promise
// takes that out of the object.
const { exec } = require('child_process');

const { promisify } = require('util');

function run(command) {
  return promisify(exec)(command).then(({ stdout }) => stdout);
}

run('echo hello').then((out) => console.log(JSON.stringify(out)));
run('exit 4').catch((err) => console.log('failed with', err.code));
