// unpyramid-fixture: runnable
const cp = require('child_process');
const { promisify: promisify2, callbackify } = require('util');
// our own tiny promisify: resolves with the first value
const promisify = (fn) => (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
const execP = promisify(cp.exec);

function version(cb) {
  callbackify(versionAsync)(cb);
}

async function versionAsync() {
  const { stdout } = await promisify2(cp.exec)('echo v1.2.3');
  return stdout.trim();
}

version((err, v) => {
  console.log(err, v);
  execP('echo other').then((s) => console.log(s.trim()));
});
