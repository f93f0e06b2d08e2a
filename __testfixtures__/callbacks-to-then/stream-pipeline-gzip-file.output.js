// unpyramid-fixture: runnable
const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

function compress(from, to) {
  return stream.promises.pipeline(fs.createReadStream(from), zlib.createGzip(), fs.createWriteStream(to)).then(() => {
    return fs.statSync(to).size > 0;
  });
}

fs.writeFileSync('plain.txt', 'x'.repeat(1000));
void (() => {
  let err2;
  let err = null, ok;
  return compress('plain.txt', 'plain.txt.gz').then((result) => {
    ok = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log('compressed', err, ok);
    err2 = null;
    return compress('missing.txt', 'm.gz').catch((caught) => {
      err2 = caught;
    });
  }).then(() => {
    console.log('failed with', err2.code);
  });
})();
