// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-redeclares-a-name
// `function (opts) { var opts = opts || {}; }`: inlined, the parameter's declaration and the `var` would
// be two declarations of one name in one scope; left alone.
function configure(p) {
  return p
    .then(function (opts) {
      var opts = opts || {};
      return opts.level || 'info';
    })
    .then((level) => 'level ' + level);
}

configure(Promise.resolve(null)).then(console.log);
