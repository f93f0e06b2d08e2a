// unpyramid-fixture: skip named-callback-not-inlinable
// In sloppy code `arguments[1] = ...` writes `cb` itself: a literal calling `cb` when the unlink ends
// would call the later function, where the call handed over the first.
var fs = require('fs');

function remove(p, cb) {
  fs.unlink(p, cb);
  arguments[1] = function () {
    console.log('the later function');
  };
}

fs.writeFileSync('a.txt', '');
remove('a.txt', function (err) {
  console.log('the first function', err);
});
