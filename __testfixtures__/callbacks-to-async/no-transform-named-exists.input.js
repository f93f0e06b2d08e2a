// unpyramid-fixture: skip exists-without-module-binding
const { exists } = require('fs');

function check(p, cb) {
  exists(p, (yes) => {
    cb(yes);
  });
}
module.exports = check;
