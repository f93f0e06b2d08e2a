// unpyramid-fixture: runnable
const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

const { callbackify } = require('util');

function compress(from, to, cb) {
  callbackify(compressAsync)(from, to, cb);
}

async function compressAsync(from, to) {
  await stream.promises.pipeline(fs.createReadStream(from), zlib.createGzip(), fs.createWriteStream(to));
  return fs.statSync(to).size > 0;
}

fs.writeFileSync('plain.txt', 'x'.repeat(1000));
void (async () => {
  let err = null, ok;
  try {
    ok = await compressAsync('plain.txt', 'plain.txt.gz');
  } catch (caught) {
    err = caught;
  }
  console.log('compressed', err, ok);
  compress('missing.txt', 'm.gz', (err2) => console.log('failed with', err2.code));
})();
