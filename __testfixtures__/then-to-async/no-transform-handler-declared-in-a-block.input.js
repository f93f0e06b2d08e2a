// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-not-a-known-function
// A handler passed by name whose declaration is inside a block: in sloppy mode it exists only once the
// block has run, so `.then(render)` may be passing `undefined` (which passes the value through).
function show(p, fancy) {
  if (fancy) {
    function render(x) {
      return '*' + x + '*';
    }
  }
  return p.then(render).then((s) => 'got ' + s);
}

show(Promise.resolve('b'), false).then(console.log);
