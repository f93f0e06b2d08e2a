// unpyramid-fixture: runnable
// A call that ends a branch of an `if` that ends its function is the last thing the function does: it
// converts there, braces added where the branch had none.
var fs = require('fs');

function show(file, verbose) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return console.log('no', file);
    if (!verbose)
      console.log(file, text.length);
    else
      fs.stat(file, function (err, stats) {
        if (err) return console.log('no stats');
        console.log(file, text.length, stats.size);
      });
  });
}

fs.writeFileSync('s.txt', 'hello');
show('s.txt', false);
setTimeout(() => show('s.txt', true), 20);
setTimeout(() => show('none.txt', true), 40);
