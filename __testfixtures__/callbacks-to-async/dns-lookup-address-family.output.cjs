// unpyramid-fixture: runnable
const dns = require('node:dns');

async function where(host) {
  const { address, family } = await dns.promises.lookup(host);
  return `${address} (IPv${family})`;
}

void (async () => {
  let err = null, text;
  try {
    text = await where('localhost');
  } catch (caught) {
    err = caught;
  }
  console.log(err, text);
})();
