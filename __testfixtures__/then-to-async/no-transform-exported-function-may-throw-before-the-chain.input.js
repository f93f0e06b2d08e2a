// unpyramid-fixture: runnable
// unpyramid-fixture: skip throw-would-become-rejection
// An exported function that may throw before its chain (here, on a missing argument): its callers are
// out of sight and may expect the throw at once (`assert.throws(() => execute())`); made async, it would
// be a rejection instead. Left alone.
const assert = require('assert');

function buildRequest(command) {
  if (!command) throw new TypeError('command required');
  return Promise.resolve({ path: '/' + command });
}

function execute(command) {
  const request = buildRequest(command);
  return request.then((req) => 'sent ' + req.path);
}

module.exports = { execute };

assert.throws(() => execute(), TypeError);
execute('status').then(console.log);
