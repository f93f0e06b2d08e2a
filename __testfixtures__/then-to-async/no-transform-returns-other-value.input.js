// unpyramid-fixture: runnable
// unpyramid-fixture: skip function-returns-other-values
// On one path the function returns `null` at once, not a promise: as an async function it would not.
function find(id) {
  if (!id) return null;
  return Promise.resolve(id).then((value) => value * 2);
}

module.exports = find;

console.log(find(0));
find(4).then(console.log);
