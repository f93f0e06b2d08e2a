// unpyramid-fixture: runnable
// `.finally(f).then(b)`: the value passes through the finally to `b`; an error skips `b` and reaches
// the caller after `f` ran.
async function withLock(task, log) {
  log.push('lock');
  const promise = task();
  let value;

  try {
    value = await promise;
  } finally {
    await log.push('unlock');
  }

  log.push('use ' + value);
  return value;
}

const log = [];
(async () => {
  try {
    await withLock(() => Promise.resolve('a'), log);
    await withLock(() => Promise.reject(new Error('b failed')), log);
  } catch (err) {
    log.push('caller: ' + err.message);
  }
  console.log(log.join('\n'));
})();
