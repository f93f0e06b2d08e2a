// unpyramid-fixture: runnable
// The seed's event-loop order with a returned chain: the code after the call still runs first, then
// the promise's step, then the timeout.
function step() {
  return Promise.resolve('promise').then((label) => {
    console.log(label);
  });
}

setTimeout(() => console.log('timeout'), 0);
step();
console.log('code');
