const cp = require('child_process');
function check(cb) {
  cp.exec('echo oops >&2; exit 3', (err, stdout) => {
    if (err) {
      console.log('failed:', JSON.stringify(err));
      return cb(err);
    }
    cb(null, stdout);
  });
}
check((err) => console.log('code', err && err.code));
