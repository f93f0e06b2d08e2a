// unpyramid-fixture: runnable
const cp = require('child_process');
// our own tiny promisify: resolves with the first value
const promisify = (fn) => (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
const execP = promisify(cp.exec);

function version(cb) {
  cp.exec('echo v1.2.3', (err, stdout, stderr) => {
    if (err) return cb(err);
    cb(null, stdout.trim());
  });
}
version((err, v) => {
  console.log(err, v);
  execP('echo other').then((s) => console.log(s.trim()));
});
