// unpyramid-fixture: runnable
// A failing task: its dependents never start, the final callback gets its error once.
const async = require('async');
const fs = require('fs');

async.auto({
  config: (cb) => fs.readFile('missing-config.json', 'utf8', cb),
  parsed: ['config', (results, cb) => {
    console.log('parsing');
    cb(null, JSON.parse(results.config));
  }],
}, (err, results) => {
  if (err) {
    console.log('failed with', err.code);
    return;
  }
  console.log('parsed', results.parsed);
});
