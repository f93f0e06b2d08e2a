// unpyramid-fixture: runnable
// The library awaits a task that is an async function: it is called with the values, its result goes on.
const async = require('async');
const fs = require('fs');

fs.writeFileSync('name.txt', 'world');

async.waterfall([
  (cb) => fs.readFile('name.txt', 'utf8', cb),
  async (name) => `hello ${name}`,
  (greeting, cb) => cb(null, greeting + '!'),
], (err, message) => {
  if (err) return console.log('failed', err.message);
  console.log(message);
});
