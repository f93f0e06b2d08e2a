// unpyramid-fixture: runnable
const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

async function compress(from, to) {
  await stream.promises.pipeline(fs.createReadStream(from), zlib.createGzip(), fs.createWriteStream(to));
  return fs.statSync(to).size > 0;
}

fs.writeFileSync('plain.txt', 'x'.repeat(1000));
void (async () => {
  let err = null, ok;
  try {
    ok = await compress('plain.txt', 'plain.txt.gz');
  } catch (caught) {
    err = caught;
  }
  console.log('compressed', err, ok);
  let err2 = null;
  try {
    await compress('missing.txt', 'm.gz');
  } catch (caught) {
    err2 = caught;
  }
  console.log('failed with', err2.code);
})();
