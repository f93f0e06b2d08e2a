// unpyramid-fixture: skip option-changes-result-shape
// dns.lookup with `all` calls back one array, which the promise form gives in another shape.
const dns = require('dns');

const addresses = (host, options) => new Promise((resolve, reject) => dns.lookup(host, options, (err, list) => (err ? reject(err) : resolve(list))));

module.exports = { addresses };
