// unpyramid-fixture: runnable
// Function declarations after the call do nothing where they stand (they were made when the function
// was entered): the call still ends its function, and the helpers it calls stay where they are.
var fs = require('fs');

function report(file) {
  fs.readFile(file, 'utf8', function (err, text) {
    if (err) return fail(err);
    succeed(text);
  });

  function fail(err) {
    console.log('cannot read', file, err.code);
  }

  function succeed(text) {
    console.log(file, 'has', text.length, 'characters');
  }
}

fs.writeFileSync('f.txt', 'four');
report('f.txt');
setTimeout(() => report('none.txt'), 20);
