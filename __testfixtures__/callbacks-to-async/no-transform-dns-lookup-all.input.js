// unpyramid-fixture: skip option-changes-result-shape
const dns = require('dns');

// With `all`, the callback gets one array, not (address, family).
function addresses(host, options, cb) {
  dns.lookup(host, options, (err, address) => {
    if (err) return cb(err);
    cb(null, address);
  });
}
module.exports = addresses;
