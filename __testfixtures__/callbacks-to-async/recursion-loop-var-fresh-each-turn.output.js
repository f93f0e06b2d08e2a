// unpyramid-fixture: runnable
// Each call of the step had fresh `var`s: in the loop they become `let`, fresh on each turn, so a
// variable set on some turns only is undefined again on the others.
const fs = require('fs');
async function sizes(files, cb) {
  var i = 0;
  var out = [];

  while (true) {
    if (i === files.length) return cb(null, out);
    let label;
    if (i % 2 === 0) label = 'even';
    let f = files[i++];
    let st;
    try {
      st = await fs.promises.stat(f);
    } catch (err) {
      return cb(err);
    }
    out.push(label + ':' + st.isFile());
  }
}
sizes(['.', '..', '.'], function (err, out) { console.log(err, out); });
