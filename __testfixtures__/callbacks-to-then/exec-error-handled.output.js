const cp = require('child_process');
const { promisify, callbackify } = require('util');
function check(cb) {
  callbackify(checkAsync)(cb);
}

function checkAsync() {
  return promisify(cp.exec)('echo oops >&2; exit 3').catch((err) => {
    console.log('failed:', JSON.stringify(err));
    throw err;
  }).then(({ stdout }) => {
    return stdout;
  });
}

check((err) => console.log('code', err && err.code));
