// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-called-synchronously
// A cache hit calls back before the call returns: in a `.then` it would run later, after 'after'.
const cache = { a: 'cached' };

function lookup(key, cb) {
  if (key in cache) return cb(null, cache[key]);
  process.nextTick(function () {
    cb(null, 'fresh ' + key);
  });
}

function show(key) {
  lookup(key, function (err, value) {
    if (err) throw err;
    console.log(key, value);
  });
}

show('a');
console.log('after');
show('b');
