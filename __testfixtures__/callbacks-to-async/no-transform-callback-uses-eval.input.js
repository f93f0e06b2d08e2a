// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-uses-eval
const fs = require('fs');
function main() {
  fs.readFile(__filename, 'utf8', (err, data) => {
    if (err) throw err;
    console.log(eval('data.length > 0'));
  });
}
main();
