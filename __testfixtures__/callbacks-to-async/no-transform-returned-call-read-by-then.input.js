// unpyramid-fixture: skip function-used-as-value
// `.then(() => load(file))` reads what `load` returns: an async `load` would make the chain wait for it.
var fs = require('fs');

function load(file) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return console.log('failed');
    console.log(text.length);
  });
}

Promise.resolve('x.txt')
  .then((file) => load(file))
  .then((value) => console.log('then got', value));
