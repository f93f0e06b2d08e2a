// unpyramid-fixture: runnable
// A step that returns `new Promise(...)` (a delay): the next step waits for it, as `await` does.
function slowly(value) {
  const log = [];
  return Promise.resolve(value)
    .then((v) => {
      log.push('start ' + v);
      return new Promise((resolve) => setTimeout(() => resolve(v * 2), 10));
    })
    .then((v) => {
      log.push('waited ' + v);
      return log.join(', ');
    });
}

setTimeout(() => console.log('timer at 1ms'), 1);
slowly(4).then(console.log);
