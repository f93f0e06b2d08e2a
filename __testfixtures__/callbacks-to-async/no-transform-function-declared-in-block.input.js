// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-declared-in-block
const fs = require('fs');
if (true) {
  function report() {
    fs.stat(__filename, (err, st) => {
      if (err) throw err;
      console.log('size>0', st.size > 0);
    });
  }
}
report();
