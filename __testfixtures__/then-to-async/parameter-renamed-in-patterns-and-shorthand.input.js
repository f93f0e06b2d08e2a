// unpyramid-fixture: runnable
// A reused parameter renamed in its own handler: a shorthand with a default in a pattern keeps its key
// (`{ item: item2 = ... }`), closures read the renamed name, an inner function's own `item` is untouched.
function pick(source, fallback) {
  return source
    .then((item) => item.name)
    .then((item) => {
      const { item: alias = 'none' } = fallback;
      const read = () => item + '/' + alias;
      const other = (item) => item * 2;
      return { item, read: read(), other: other(21) };
    });
}

pick(Promise.resolve({ name: 'ada' }), {}).then((out) => console.log(out.item, out.read, out.other));
