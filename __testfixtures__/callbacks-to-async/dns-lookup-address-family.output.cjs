// unpyramid-fixture: runnable
const dns = require('node:dns');

const { callbackify } = require('node:util');

function where(host, cb) {
  callbackify(whereAsync)(host, cb);
}

async function whereAsync(host) {
  const { address, family } = await dns.promises.lookup(host);
  return `${address} (IPv${family})`;
}

where('localhost', (err, text) => console.log(err, text));
