const cp = require('child_process');
const { promisify } = require('util');
async function check(cb) {
  let stdout;
  try {
    ({ stdout } = await promisify(cp.exec)('echo oops >&2; exit 3'));
  } catch (err) {
    console.log('failed:', JSON.stringify(err));
    return cb(err);
  }
  cb(null, stdout);
}
check((err) => console.log('code', err && err.code));
