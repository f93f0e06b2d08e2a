// unpyramid-fixture: runnable
// unpyramid-fixture: risk completion-may-have-been-synchronous
// After a task fails, async.auto starts no other task, even one whose dependencies finish later: the
// rewrite keeps that with a flag the tasks set when they fail.
const async = require('async');

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

async.auto({
  fetch: failSoon,
  config: succeedLater,
  report: ['config', report],
}, (err) => {
  if (err) return console.log('failed:', err.message);
  console.log('all done');
});
