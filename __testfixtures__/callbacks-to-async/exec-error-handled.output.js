const cp = require('child_process');
const { promisify, callbackify } = require('util');
function check(cb) {
  callbackify(checkAsync)(cb);
}

async function checkAsync() {
  let stdout;
  try {
    ({ stdout } = await promisify(cp.exec)('echo oops >&2; exit 3'));
  } catch (err) {
    console.log('failed:', JSON.stringify(err));
    throw err;
  }
  return stdout;
}

check((err) => console.log('code', err && err.code));
