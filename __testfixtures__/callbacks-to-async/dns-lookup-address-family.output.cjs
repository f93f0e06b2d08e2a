// unpyramid-fixture: runnable
const dns = require('node:dns');

async function where(host, cb) {
  let address, family;
  try {
    ({ address, family } = await dns.promises.lookup(host));
  } catch (err) {
    return cb(err);
  }
  cb(null, `${address} (IPv${family})`);
}

where('localhost', (err, text) => console.log(err, text));
