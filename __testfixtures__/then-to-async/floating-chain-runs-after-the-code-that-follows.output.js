// unpyramid-fixture: runnable
// The seed's event-loop order with a floating chain of two steps: it becomes an async arrow called at
// once, so the code after it still runs first, then the promise's steps, then the timeout.
setTimeout(() => console.log('timeout'), 0);
void (async () => {
  const label = await Promise.resolve('promise');
  const label2 = await label.toUpperCase();
  return console.log(label2);
})();
console.log('code');
