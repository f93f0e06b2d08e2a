// unpyramid-fixture: runnable
// unpyramid-fixture: skip named-callback-not-inlinable
const fs = require('fs');

function onRead(err, data) {
  if (err) throw err;
  if (data.length > 0) {
    function report() { console.log('non-empty file'); }
  }
  if (typeof report === 'function') report();
  else console.log('no report');
}

class Reader {
  run() {
    fs.readFile(__filename, onRead);
  }
}
new Reader().run();
