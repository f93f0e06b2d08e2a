// unpyramid-fixture: runnable
const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

const { callbackify } = require('util');

function compress(from, to, cb) {
  callbackify(compressAsync)(from, to, cb);
}

function compressAsync(from, to) {
  return stream.promises.pipeline(fs.createReadStream(from), zlib.createGzip(), fs.createWriteStream(to)).then(() => {
    return fs.statSync(to).size > 0;
  });
}

fs.writeFileSync('plain.txt', 'x'.repeat(1000));
void (() => {
  let err = null, ok;
  return compressAsync('plain.txt', 'plain.txt.gz').then((result) => {
    ok = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('compressed', err, ok);
    compress('missing.txt', 'm.gz', (err2) => console.log('failed with', err2.code));
  });
})();
