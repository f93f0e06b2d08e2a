// unpyramid-fixture: runnable
// unpyramid-fixture: skip chain-name-crosses-steps
// `var i` of a `for` in one callback is read by the next one: in a chain it would be the first
// handler's alone, so the function is left as it was.
const fs = require('fs');
fs.writeFileSync('a', 'abc');
function go(name, cb) {
  fs.readFile(name, 'utf8', function (err, data) {
    if (err) return cb(err);
    for (var i = 0; i < data.length; i++) {}
    fs.writeFile(name + '.out', data, function (err) {
      if (err) return cb(err);
      cb(null, i);
    });
  });
}
go('a', (e, v) => console.log(e, v));
