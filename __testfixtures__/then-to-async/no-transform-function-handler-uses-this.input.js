// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-uses-this-or-arguments
// A `function` handler has its own `this` (undefined in a chain); inlined, it would be the caller's.
function load(p) {
  return p.then(function (value) {
    return this === undefined ? value : 'has this';
  });
}

module.exports = load;

load(Promise.resolve(5)).then(console.log);
