// unpyramid-fixture: runnable
// unpyramid-fixture: skip caller-catches-sync-errors
// A caller wraps the call in `try`: what the function throws before its chain starts would become a
// rejection the `try` no longer catches.
function start(name) {
  if (!name) throw new Error('no name');
  return Promise.resolve(name).then((value) => 'started ' + value);
}

try {
  start('');
} catch (err) {
  console.log('caught', err.message);
}
start('job').then(console.log);
