const cp = require('child_process');
const { promisify } = require('util');
async function check() {
  let stdout;
  try {
    ({ stdout } = await promisify(cp.exec)('echo oops >&2; exit 3'));
  } catch (err) {
    console.log('failed:', JSON.stringify(err));
    throw err;
  }
  return stdout;
}
void (async () => {
  let err = null;
  try {
    await check();
  } catch (caught) {
    err = caught;
  }
  console.log('code', err && err.code);
})();
