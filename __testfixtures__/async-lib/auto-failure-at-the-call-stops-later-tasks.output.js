// unpyramid-fixture: runnable
// unpyramid-fixture: risk completion-may-have-been-synchronous
// A task that fails before the call returns: the library starts none of the tasks after it.
void (async () => {
  try {
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const check = (async () => {
      try {
        throw new Error('bad configuration');
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const work = (async () => {
      if (failed) return;

      try {
        console.log('work started');
        await 1;
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([check, work]);
  } catch (err) {
    return console.log('final error:', err.message);
  }
  console.log('final ok');
})();
