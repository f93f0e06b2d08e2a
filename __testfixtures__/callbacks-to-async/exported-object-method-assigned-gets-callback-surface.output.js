// unpyramid-fixture: runnable
// `storage.flush = function (p, cb)` with `module.exports = storage` (nedb's persistence): a method of
// an exported object. It keeps its callback surface, a function that is not async, so the async
// library still calls it with a callback; its body becomes an async function.
const fs = require('fs');
const async = require('async');

const { promisify, callbackify } = require('util');

const storage = {};

storage.flush = function (p, cb) {
  callbackify(flushAsync)(p, cb);
};

async function flushAsync(p) {
  await promisify(fs.writeFile)(p, 'flushed');
  return p;
}

module.exports = storage;

async.mapSeries(['one.db', 'two.db'], module.exports.flush, (err, files) => {
  console.log(err, files, fs.readFileSync('two.db', 'utf8'));
});
