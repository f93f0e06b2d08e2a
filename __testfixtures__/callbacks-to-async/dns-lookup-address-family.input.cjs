// unpyramid-fixture: runnable
const dns = require('node:dns');

function where(host, cb) {
  dns.lookup(host, (err, address, family) => {
    if (err) return cb(err);
    cb(null, `${address} (IPv${family})`);
  });
}

where('localhost', (err, text) => console.log(err, text));
