// unpyramid-fixture: runnable
// stream.pipeline calls back with `undefined` (not null) as its error on success: the error caught into
// a variable starts undefined, so what is passed on is exactly what the callback got.
const fs = require('fs');
const stream = require('stream');
const zlib = require('zlib');

function gzipFile(from, to, done) {
  stream.pipeline(fs.createReadStream(from), zlib.createGzip(), fs.createWriteStream(to), (err) => {
    console.log('pipeline finished', from);
    done(err, to);
  });
}

fs.writeFileSync('plain.txt', 'some text to squeeze');
gzipFile('plain.txt', 'plain.txt.gz', (err, to) => {
  console.log('first:', err === undefined ? 'undefined' : err, to, zlib.gunzipSync(fs.readFileSync(to)).toString());
  gzipFile('absent.txt', 'absent.txt.gz', (err) => console.log('second:', err.code));
});
