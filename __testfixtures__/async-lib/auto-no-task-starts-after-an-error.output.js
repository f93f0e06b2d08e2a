// unpyramid-fixture: runnable
// unpyramid-fixture: risk completion-may-have-been-synchronous
// After a task fails, async.auto starts no other task, even one whose dependencies finish later: the
// rewrite keeps that with a flag the tasks set when they fail.
const { promisify } = require('util');

function failSoon(cb) {
  setTimeout(() => cb(new Error('fetch failed')), 10);
}

function succeedLater(cb) {
  setTimeout(() => cb(null, 'config'), 40);
}

function report(results, cb) {
  console.log('report started with', results.config);
  cb(null, 'done');
}

void (async () => {
  try {
    const results = {};
    // A task failed: none starts after it, as in async.auto.
    let failed = false;

    const fetch = (async () => {
      try {
        results.fetch = await promisify(failSoon)();
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const config = (async () => {
      if (failed) return;

      try {
        results.config = await promisify(succeedLater)();
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    const report2 = (async () => {
      await Promise.all([config]);
      if (failed) return;

      try {
        results.report = await promisify(report)(results);
      } catch (err) {
        failed = true;
        throw err;
      }
    })();

    await Promise.all([fetch, config, report2]);
  } catch (err) {
    return console.log('failed:', err.message);
  }
  console.log('all done');
})();
