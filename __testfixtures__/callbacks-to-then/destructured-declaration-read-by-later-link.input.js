// unpyramid-fixture: runnable
// A destructuring declaration a later step reads: its names are declared before the chain, the
// pattern assigns them where it was.
const fs = require('fs');
fs.writeFileSync('a', '{"x":1,"y":[2,3]}');
function go(name, cb) {
  fs.readFile(name, 'utf8', function (err, data) {
    if (err) return cb(err);
    const { x, y: [first] } = JSON.parse(data);
    fs.writeFile('b', String(x), function (err) {
      if (err) return cb(err);
      cb(null, x + first);
    });
  });
}
go('a', (e, v) => console.log(e, v));
