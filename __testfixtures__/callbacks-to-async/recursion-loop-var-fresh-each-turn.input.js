// unpyramid-fixture: runnable
// Each call of the step had fresh `var`s: in the loop they become `let`, fresh on each turn, so a
// variable set on some turns only is undefined again on the others.
const fs = require('fs');
function sizes(files, cb) {
  var i = 0;
  var out = [];
  function next() {
    if (i === files.length) return cb(null, out);
    var label;
    if (i % 2 === 0) label = 'even';
    var f = files[i++];
    fs.stat(f, function (err, st) {
      if (err) return cb(err);
      out.push(label + ':' + st.isFile());
      next();
    });
  }
  next();
}
sizes(['.', '..', '.'], function (err, out) { console.log(err, out); });
