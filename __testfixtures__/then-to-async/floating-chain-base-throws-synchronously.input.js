// unpyramid-fixture: runnable
// The base call of a floating chain throws before any promise exists: the caller's try catches it,
// synchronously. It is made before the async arrow, so it still does.
function load(name) {
  if (!name) throw new TypeError('name required');
  return Promise.resolve({ name });
}

function start(name) {
  try {
    load(name)
      .then((item) => item.name)
      .then((label) => console.log('loaded', label));
    console.log('started', name);
  } catch (err) {
    console.log('sync error:', err.message);
  }
}

start('a');
start('');
