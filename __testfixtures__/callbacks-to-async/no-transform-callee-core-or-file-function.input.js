// unpyramid-fixture: skip callback-called-synchronously
// `stat` is fs.stat or the file's own `cachedStat`, which calls back at once: the file's candidate must
// keep the contract the core one has, and it does not.
var fs = require('fs');

function cachedStat(p, cb) {
  cb(null, { size: -1 });
}

function show(p, fresh) {
  var stat = fresh ? fs.stat : cachedStat;
  stat(p, function (err, st) {
    if (err) return console.log('failed');
    console.log('size', st.size);
  });
}

show(__filename, false);
console.log('after show');
