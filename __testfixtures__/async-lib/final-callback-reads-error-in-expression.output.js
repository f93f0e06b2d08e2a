// unpyramid-fixture: runnable
// A final callback that reads its error in an expression, or logs it and goes on: the library gives it
// `null` on success (mapSeries, eachSeries), so the error is caught into a variable that starts as `null`
// and the whole body runs after the flow, as it did.
const fs = require('fs');
const { promisify } = require('util');

function sizes(files) {
  void (async (items2) => {
    let err = null;
    try {
      const results = [];

      for (const file of items2) {
        const st = await fs.promises.stat(file);
        results.push(st.isFile());
      }
    } catch (caught2) {
      err = caught2;
    }
    console.log(err ? 'failed: ' + err.code : 'all there', err === null);
  })(files || []);
}

function touchAll(names) {
  void (async (items) => {
    let err = null;
    try {
      for (const name of items) {
        await promisify(fs.writeFile)(name, 'x');
      }
    } catch (caught) {
      err = caught;
    }
    if (err) console.log('could not write', err.code);
    console.log('done writing', names.length);
  })(names || []);
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
