// unpyramid-fixture: runnable
// unpyramid-fixture: skip callee-binding-ambiguous
const fs = require('fs');
const Store = class fs {
  static stat(p, cb) { cb(null, { size: 42 }); }
  run() {
    fs.stat('virtual', (err, st) => {
      if (err) throw err;
      console.log('size', st.size);
    });
  }
};
new Store().run();
