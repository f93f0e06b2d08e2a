// The function stays as it is (enclosing-function-is-a-callback); the site converts in an async function of its own at its place.
const fs = require('fs');

['a.txt', 'b.txt'].forEach(function (name) {
  fs.unlink('tmp/' + name, (err) => {
    if (err) return console.error(err.code);
    console.log('removed', name);
  });
});
