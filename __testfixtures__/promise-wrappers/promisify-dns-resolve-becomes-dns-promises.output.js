// dns.resolve4 has a twin in dns/promises.
const dns = require('dns');
const { resolve4 } = require('dns/promises');

module.exports = (host) => resolve4(host);
