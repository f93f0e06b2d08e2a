// unpyramid-fixture: runnable
// The seeds' setTimeout examples (../shared/seeds/000 and 003): timer callbacks are not error-first.
console.log('Start');
setTimeout(() => {
  console.log('In timeout');
}, 10); // Wait to run
setTimeout(() => console.log('One moment later.'), 20);
setTimeout(function() {
  console.log('third');
}, 30);
console.log('End');
