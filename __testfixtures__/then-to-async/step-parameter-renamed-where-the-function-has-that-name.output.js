// unpyramid-fixture: runnable
// The step's parameter `id` would become a `const id` in the function, where the argument `id` is read:
// it takes a new name in its own handler (`id2`), which nothing else could read.
async function fetchNext(id) {
  const id2 = await Promise.resolve(id);
  return id2 * 10;
}

module.exports = fetchNext;

fetchNext(1).then(console.log);
