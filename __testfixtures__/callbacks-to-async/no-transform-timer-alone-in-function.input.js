// unpyramid-fixture: runnable
// A function whose only asynchronous step is a timer is not a pyramid: it stays as it is.
function tick(n) {
  console.log('tick', n);
  if (n === 0) return;
  setTimeout(function () {
    tick(n - 1);
  }, 5);
}
tick(2);
console.log('after');
