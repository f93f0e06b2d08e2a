// `relative` now awaits promisify(resolve). `resolve` passes its callback on, so it would keep it and
// become async: promisify would ignore the promise it returns, and a throw in it would leave `relative`
// waiting for ever. Its own site is refused; the caller still converts.
// unpyramid-fixture: skip enclosing-function-is-promisified
const fs = require('fs');
const path = require('path');

const { promisify } = require('util');
const resolveAsync = promisify(resolve);

function resolve(name, dir, cb) {
  const target = path.isAbsolute(name) ? name : path.join(dir, name);
  fs.stat(target, function (err) {
    if (err) {
      void (async () => {
        let parent;
        try {
          parent = await promisify(fs.realpath)(path.dirname(target));
        } catch (err) {
          return cb(err);
        }
        cb(null, path.join(parent, path.basename(target)));
      })();
    } else {
      fs.realpath(target, cb);
    }
  });
}

async function relative(name, dir) {
  const resolved = await resolveAsync(name, dir);
  return path.relative(dir, resolved);
}

void (async () => {
  let err = null, rel;
  try {
    rel = await relative('missing.js', __dirname);
  } catch (caught) {
    err = caught;
  }
  console.log(err ? err.code : JSON.stringify(rel));
})();
void (async () => {
  let err = null, rel;
  try {
    rel = await relative('.', __dirname);
  } catch (caught) {
    err = caught;
  }
  console.log(err ? err.code : JSON.stringify(rel));
})();
