// `relative` now chains on promisify(resolve). `resolve` passes its callback on, so it would keep it
// and return a chain: promisify would ignore that promise, and a throw in it would leave `relative`
// waiting for ever. So it stays a callback function, its own site converting in an async function of
// its own at its place; the caller still converts.
const fs = require('fs');
const path = require('path');

const { promisify } = require('util');
const resolveAsync = promisify(resolve);

function resolve(name, dir, cb) {
  const target = path.isAbsolute(name) ? name : path.join(dir, name);
  fs.stat(target, function (err) {
    if (err) {
      fs.realpath(path.dirname(target), function (err, parent) {
        if (err) return cb(err);
        cb(null, path.join(parent, path.basename(target)));
      });
    } else {
      fs.realpath(target, cb);
    }
  });
}

function relative(name, dir) {
  return resolveAsync(name, dir).then((resolved) => {
    return path.relative(dir, resolved);
  });
}

void (() => {
  let err = null, rel;
  return relative('missing.js', __dirname).then((result) => {
    rel = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(err ? err.code : JSON.stringify(rel));
  });
})();
void (() => {
  let err = null, rel;
  return relative('.', __dirname).then((result) => {
    rel = result;
  }, (caught) => {
    err = caught;
  }).then(() => {
    console.log(err ? err.code : JSON.stringify(rel));
  });
})();
