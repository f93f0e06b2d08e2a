// unpyramid-fixture: runnable
const cp = require('child_process');
const { promisify: promisify2 } = require('util');
// our own tiny promisify: resolves with the first value
const promisify = (fn) => (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
const execP = promisify(cp.exec);

async function version() {
  const { stdout } = await promisify2(cp.exec)('echo v1.2.3');
  return stdout.trim();
}
void (async () => {
  let err = null, v;
  try {
    v = await version();
  } catch (caught) {
    err = caught;
  }
  console.log(err, v);
  execP('echo other').then((s) => console.log(s.trim()));
})();
