// unpyramid-fixture: runnable
// A reused parameter renamed in its own handler: a shorthand with a default in a pattern keeps its key
// (`{ item: item2 = ... }`), closures read the renamed name, an inner function's own `item` is untouched.
async function pick(source, fallback) {
  const item = await source;
  const item2 = await item.name;
  const { item: alias = 'none' } = fallback;
  const read = () => item2 + '/' + alias;
  const other = (item) => item * 2;
  return { item: item2, read: read(), other: other(21) };
}

pick(Promise.resolve({ name: 'ada' }), {}).then((out) => console.log(out.item, out.read, out.other));
