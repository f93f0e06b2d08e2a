// unpyramid-fixture: runnable
// unpyramid-fixture: skip callee-binding-ambiguous
var fs = require('fs');
var fs = { stat(p, cb) { console.log('wrapped stat'); require('fs').stat(p, cb); } };
function main() {
  fs.stat(__filename, (err, st) => {
    if (err) throw err;
    console.log('isFile', st.isFile());
  });
}
main();
