// unpyramid-fixture: runnable
// A handler by reference that declares no parameters still gets the value (`arguments` sees it), as
// `.then(done)` passed it.
function done() {
  return 'done with ' + arguments.length + ' argument: ' + arguments[0];
}

function finish(p) {
  return p.then(done);
}

finish(Promise.resolve('the value')).then(console.log);
