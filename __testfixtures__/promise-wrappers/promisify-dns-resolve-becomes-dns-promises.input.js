// dns.resolve4 has a twin in dns/promises.
const dns = require('dns');
const { promisify } = require('util');

const resolve4 = promisify(dns.resolve4);

module.exports = (host) => resolve4(host);
