// unpyramid-fixture: runnable
// In an async function, a returned chain is written in place on its own path; the other paths stay as
// they were (an async function already returned a promise there).
async function lookup(cache, key) {
  if (cache.has(key)) return cache.get(key);
  return Promise.resolve(key.length)
    .then((size) => size * 2)
    .then((size) => {
      cache.set(key, size);
      return size;
    });
}

const cache = new Map();
lookup(cache, 'abc')
  .then((first) => lookup(cache, 'abc').then((second) => console.log(first, second)));
