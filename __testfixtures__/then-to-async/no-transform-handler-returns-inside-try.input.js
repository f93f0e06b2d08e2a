// unpyramid-fixture: runnable
// unpyramid-fixture: skip handler-returns-inside-try
// The handler returns a rejected promise from inside its own `try`: the chain's `.catch` sees it, but
// written out, `return await` there would hand it to the handler's own `catch`.
function load(p) {
  return p
    .then((x) => {
      try {
        return Promise.reject(new Error('boom ' + x));
      } catch (err) {
        return 'inner';
      }
    })
    .catch((err) => 'outer: ' + err.message);
}

load(Promise.resolve(1)).then(console.log);
