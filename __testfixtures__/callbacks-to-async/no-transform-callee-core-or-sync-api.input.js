// unpyramid-fixture: skip callee-binding-ambiguous
// `list` is fs.readdir or fs.exists, which call back differently (exists passes no error): no one
// contract stands for both.
var fs = require('fs');

function look(dir, checkOnly) {
  var list = checkOnly ? fs.exists : fs.readdir;
  list(dir, function (err, names) {
    if (err) return console.log('failed');
    console.log(names);
  });
}

function other() {
  var list = fs.readdir;
  list('.', function (err) {
    console.log(Boolean(err));
  });
}

look('.', false);
other();
