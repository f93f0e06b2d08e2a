// unpyramid-fixture: runnable
// unpyramid-fixture: skip argument-count-differs
// An optional-argument overload: called with two arguments, the callback lands in `opts`, not in the
// last parameter whose use was examined (and `cb = opts` moves it at run time).
function read(name, opts, cb) {
  if (typeof opts === 'function') {
    cb = opts;
    opts = {};
  }
  process.nextTick(() => cb(null, (opts.prefix || '') + name));
}

function show() {
  read('file', function (err, text) {
    if (err) throw err;
    console.log(text);
  });
}
show();
