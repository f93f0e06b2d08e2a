// unpyramid-fixture: runnable
// A floating chain inside a callback (a timer's): written in an async arrow where it stands; the
// callback still returns at once and the line after the chain runs before its steps.
function fetchCount() {
  return new Promise((resolve) => setTimeout(() => resolve(41), 5));
}

setTimeout(() => {
  fetchCount()
    .then((count) => count + 1)
    .then((count) => console.log('count', count))
    .catch((err) => console.log('failed', err.message));
  console.log('timer done');
}, 1);
