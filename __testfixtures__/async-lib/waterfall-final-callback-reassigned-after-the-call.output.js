// unpyramid-fixture: runnable
// The final callback is passed by a name that is assigned again after the call: the library calls the
// one it was given, so the rewrite reads the name where the call was.
const fs = require('fs');

fs.writeFileSync('n.txt', '12345');

let report = (err, length) => console.log('first report:', err ? err.code : length);
void (async (report) => {
  let result;
  try {
    const text = await fs.promises.readFile('n.txt', 'utf8');
    result = text.length;
  } catch (err) {
    report(err);
    return;
  }
  report(null, result);
})(report);
report = () => console.log('second report');
