// unpyramid-fixture: runnable
// A final callback that reads its error in an expression, or logs it and goes on: the library gives it
// `null` on success (mapSeries, eachSeries), so the error is caught into a variable that starts as `null`
// and the whole body runs after the flow, as it did.
const async = require('async');
const fs = require('fs');

function sizes(files) {
  async.mapSeries(
    files,
    function (file, cb) {
      fs.stat(file, (err, st) => {
        if (err) return cb(err);
        cb(null, st.isFile());
      });
    },
    function (err) {
      console.log(err ? 'failed: ' + err.code : 'all there', err === null);
    }
  );
}

function touchAll(names) {
  async.eachSeries(
    names,
    function (name, cb) {
      fs.writeFile(name, 'x', cb);
    },
    function (err) {
      if (err) console.log('could not write', err.code);
      console.log('done writing', names.length);
    }
  );
}

sizes([__filename]);
setTimeout(() => {
  sizes(['/no/such/file']);
}, 20);
setTimeout(() => {
  touchAll(['a.txt', 'b.txt']);
}, 40);
setTimeout(() => {
  touchAll(['no/such/dir/c.txt']);
}, 60);
