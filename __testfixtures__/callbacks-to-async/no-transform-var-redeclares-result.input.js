// unpyramid-fixture: runnable
// unpyramid-fixture: skip name-collision
const fs = require('fs');
function main() {
  fs.readFile(__filename, 'utf8', (err, data) => {
    if (err) throw err;
    var data = data.split('\n');
    console.log(data.length > 1);
  });
}
main();
