// unpyramid-fixture: runnable
// unpyramid-fixture: skip callback-may-throw-synchronously
// A callback of `map` returns a chain whose base may throw at once, inside the caller's try; made async,
// the throw would become a rejection the try never sees.
function check(n) {
  if (n > 1) throw new Error('too big ' + n);
  return Promise.resolve(n);
}

try {
  const all = [1, 2].map((n) => check(n).then((v) => v * 2));
  Promise.all(all).then(console.log);
} catch (err) {
  console.log('caught sync', err.message);
}
