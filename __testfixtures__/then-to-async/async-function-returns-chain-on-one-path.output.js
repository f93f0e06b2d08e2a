// unpyramid-fixture: runnable
// In an async function, a returned chain is written in place on its own path; the other paths stay as
// they were (an async function already returned a promise there).
async function lookup(cache, key) {
  if (cache.has(key)) return cache.get(key);
  const size = await Promise.resolve(key.length);
  const size2 = size * 2;
  cache.set(key, size2);
  return size2;
}

const cache = new Map();
lookup(cache, 'abc')
  .then(async (first) => {
    const second = await lookup(cache, 'abc');
    return console.log(first, second);
  });
