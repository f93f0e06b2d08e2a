// unpyramid-fixture: runnable
// The comment on a declaration that moves before the chain stays where the declaration was.
const fs = require('fs');
fs.writeFileSync('a', 'A');
function go(name, cb) {
  fs.readFile(name, 'utf8', function (err, data) {
    if (err) return cb(err);
    // the label we fill in later, important note
    let label;
    if (data.length > 0) label = 'nonempty';
    fs.writeFile(name + '.out', data, function (err) {
      if (err) return cb(err);
      cb(null, label);
    });
  });
}
go('a', (e, v) => console.log(e, v));
