// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-used-as-value
const fs = require('fs');
function check() {
  fs.access(__filename, (err) => {
    if (err) return;
    console.log('accessible');
  });
}
if (check()) console.log('check returned something truthy');
else console.log('check returned nothing');
