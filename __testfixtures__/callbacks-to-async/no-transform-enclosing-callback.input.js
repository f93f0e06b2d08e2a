// unpyramid-fixture: skip enclosing-function-is-a-callback
const fs = require('fs');

['a.txt', 'b.txt'].forEach(function (name) {
  fs.unlink('tmp/' + name, (err) => {
    if (err) return console.error(err.code);
    console.log('removed', name);
  });
});
