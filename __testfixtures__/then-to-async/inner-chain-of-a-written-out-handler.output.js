// unpyramid-fixture: runnable
// A chain returned on one path of a handler only becomes a site once the handler is written out into
// an async function; a later round of the same run takes it too.
async function f(p, q) {
  const x = await p;
  if (x) {
    const y = await q;
    return y + 1;
  }
  return 0;
}

module.exports = f;

f(Promise.resolve(true), Promise.resolve(1))
  .then(console.log)
  .then(() => f(Promise.resolve(false), Promise.resolve(1)))
  .then(console.log);
