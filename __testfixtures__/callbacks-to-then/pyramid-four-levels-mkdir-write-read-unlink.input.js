// unpyramid-fixture: runnable
const fs = require('fs');
const path = require('path');

function roundTrip(dir, text, cb) {
  fs.mkdir(path.join(dir), { recursive: true }, (err) => {
    if (err) return cb(err);
    fs.writeFile(path.join(dir, 'x.txt'), text, (err) => {
      if (err) return cb(err);
      fs.readFile(path.join(dir, 'x.txt'), 'utf8', (err, back) => {
        if (err) return cb(err);
        fs.unlink(path.join(dir, 'x.txt'), (err) => {
          if (err) return cb(err);
          cb(null, back === text);
        });
      });
    });
  });
}

roundTrip('out/deep', 'payload', (err, same) => console.log('round trip', err, same));
