// `relative` now awaits promisify(resolve). `resolve` passes its callback on, so it would keep it and
// become async: promisify would ignore the promise it returns, and a throw in it would leave `relative`
// waiting for ever. So it stays a callback function, its own site converting in an async function of
// its own at its place; the caller still converts.
const fs = require('fs');
const path = require('path');

const { promisify } = require('util');
const resolveAsync = promisify(resolve);

function resolve(name, dir, cb) {
  const target = path.isAbsolute(name) ? name : path.join(dir, name);
  void (async () => {
    try {
      await fs.promises.stat(target);
    } catch (err) {
      void (async () => {
        let parent;
        try {
          parent = await promisify(fs.realpath)(path.dirname(target));
        } catch (err) {
          return cb(err);
        }
        cb(null, path.join(parent, path.basename(target)));
      })();
      return;
    }
    let resolvedPath;
    try {
      resolvedPath = await promisify(fs.realpath)(target);
    } catch (err) {
      return cb(err);
    }
    cb(null, resolvedPath);
  })();
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
