// unpyramid-fixture: runnable
// unpyramid-fixture: skip callee-binding-ambiguous
let fs = require('fs');
[fs] = [{ stat(p, cb) { console.log('mock stat'); cb(null, { isFile: () => 'mocked' }); } }];
function main() {
  fs.stat(__filename, (err, st) => {
    if (err) throw err;
    console.log('isFile', st.isFile());
  });
}
main();
