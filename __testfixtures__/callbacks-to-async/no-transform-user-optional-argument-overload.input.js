// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-escapes
// An optional-argument overload moves the callback between parameters (`cb = opts`): which parameter
// is called is decided at run time, so the body proves nothing about the last one.
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
