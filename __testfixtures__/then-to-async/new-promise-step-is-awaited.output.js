// unpyramid-fixture: runnable
// A step that returns `new Promise(...)` (a delay): the next step waits for it, as `await` does.
async function slowly(value) {
  const log = [];
  const v = await Promise.resolve(value);
  log.push('start ' + v);
  const v2 = await new Promise((resolve) => setTimeout(() => resolve(v * 2), 10));
  log.push('waited ' + v2);
  return log.join(', ');
}

setTimeout(() => console.log('timer at 1ms'), 1);
slowly(4).then(console.log);
