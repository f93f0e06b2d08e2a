// fs.promises.writeFile also writes arrays, Sets, generators and streams, which fs.writeFile rejects:
// the twin is used where the data is provably a string, Buffer, TypedArray or DataView (a literal, a
// template, JSON.stringify, Buffer.from, what fs.readFile gave), and promisify(fs.writeFile) elsewhere.
const fs = require('fs');

function saveAll(lines, cb) {
  fs.writeFile('all.txt', lines, function (err) {
    if (err) return cb(err);
    fs.writeFile('all.json', JSON.stringify(lines), function (err) {
      if (err) return cb(err);
      fs.readFile('all.json', function (err, data) {
        if (err) return cb(err);
        fs.appendFile('copy.json', data, function (err) {
          if (err) return cb(err);
          cb(null, data.length);
        });
      });
    });
  });
}

saveAll(['a', 'b'], (err, n) => console.log(err ? err.code : n));
