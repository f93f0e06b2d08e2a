// unpyramid-fixture: runnable
// unpyramid-fixture: skip enclosing-function-is-a-callback
// A function called on the spot inside a `try` that catches what it throws synchronously: as an async
// function its throw would become a rejection the `try` no longer catches.
const fs = require('fs');
try {
  (function load(p) {
    if (!p) throw new Error('no path');
    fs.readFile(p, function (err) {
      if (err) throw err;
      console.log('read');
    });
  })(process.argv[2]);
} catch (e) {
  console.log('caught', e.message);
}
