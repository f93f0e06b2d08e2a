// unpyramid-fixture: runnable
// A chain returned on one path of a handler only becomes a site once the handler is written out into
// an async function; a later round of the same run takes it too.
function f(p, q) {
  return p.then((x) => {
    if (x) return q.then((y) => y + 1);
    return 0;
  });
}

module.exports = f;

f(Promise.resolve(true), Promise.resolve(1))
  .then(console.log)
  .then(() => f(Promise.resolve(false), Promise.resolve(1)))
  .then(console.log);
