const cp = require('child_process');
const { promisify } = require('util');
function check() {
  return promisify(cp.exec)('echo oops >&2; exit 3').catch((err) => {
    console.log('failed:', JSON.stringify(err));
    throw err;
  }).then(({ stdout }) => {
    return stdout;
  });
}
void (() => {
  let err = null;
  return check().catch((caught) => {
    err = caught;
  }).then(() => {
    console.log('code', err && err.code);
  });
})();
