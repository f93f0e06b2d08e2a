// unpyramid-fixture: runnable
// unpyramid-fixture: risk completion-may-have-been-synchronous
// A task that fails before the call returns: the library starts none of the tasks after it.
const async = require('async');

async.auto({
  check: (cb) => cb(new Error('bad configuration')),
  work: async () => {
    console.log('work started');
    return 1;
  },
}, (err) => {
  if (err) return console.log('final error:', err.message);
  console.log('final ok');
});
