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
    let failed = false;
    // A task failed: none starts after it, as in async.auto.
    const failRun = (err) => {
      failed = true;
      throw err;
    };

    const fetch = (async () => {
      results.fetch = await promisify(failSoon)();
    })().catch(failRun);

    const config = (async () => {
      results.config = await promisify(succeedLater)();
    })().catch(failRun);

    const report2 = (async () => {
      await config;
      if (failed) return;
      results.report = await promisify(report)(results);
    })().catch(failRun);

    await Promise.all([fetch, config, report2]);
  } catch (err) {
    return console.log('failed:', err.message);
  }
  console.log('all done');
})();
