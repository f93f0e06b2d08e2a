// unpyramid-fixture: skip handler-not-a-known-function
// The handler is a parameter: it may not be a function (`.then` ignores a non-function), and called
// directly it would throw.
function apply(p, handler) {
  return p.then(handler);
}

module.exports = apply;
